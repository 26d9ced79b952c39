#include "jsonparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QtEndian>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace doorstep {

namespace {

class Parser
{
public:
    explicit Parser(QByteArrayView json) : m_begin(json.data()), m_at(json.data()), m_end(json.data() + json.size()) { }

    QJsonDocument document()
    {
        skipSpace();
        QJsonDocument doc;
        if (m_at < m_end && *m_at == '{') {
            QJsonObject o;
            if (!object(o, 1))
                return {};
            doc.setObject(o);
        } else if (m_at < m_end && *m_at == '[') {
            QJsonArray a;
            if (!array(a, 1))
                return {};
            doc.setArray(a);
        } else {
            fail(QStringLiteral("expected an object or an array"));
            return {};
        }
        skipSpace();
        if (m_at != m_end) {
            fail(QStringLiteral("unexpected text after the end of the document"));
            return {};
        }
        return doc;
    }

    QJsonValue single()
    {
        QJsonValue v;
        if (!value(v, 0))
            return QJsonValue(QJsonValue::Undefined);
        skipSpace();
        if (m_at != m_end) {
            fail(QStringLiteral("unexpected text after the end of the value"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    // The object at m_at, whole and alone: visit gets each member's name (unescaped UTF-8, good
    // until visit returns) and its value's text, checked and skipped.
    bool walkObject(const JsonParser::MemberVisitor &visit)
    {
        QByteArray escapedName; // a name with a \u escape, as UTF-8
        return walk('{', [&] {
            if (m_at == m_end || *m_at != '"')
                return fail(QStringLiteral("expected a quoted member name"));
            const char *const nameStart = m_at;
            QByteArrayView name;
            if (!plainString(name)) {
                m_at = nameStart;
                QString decoded;
                if (!string(decoded))
                    return false;
                escapedName = decoded.toUtf8();
                name = escapedName;
            } // else the document's bytes or m_scratch's, which skipping the value leaves alone
            JsonParser::Checked value;
            return expect(':') && valueText(value) && visit(name, value);
        });
    }

    // The array at m_at, whole and alone: visit gets each element's text, checked and skipped.
    bool walkArray(const std::function<bool(JsonParser::Checked)> &visit)
    {
        return walk('[', [&] {
            JsonParser::Checked value;
            return valueText(value) && visit(value);
        });
    }

    // The string at m_at, whole and alone.
    bool onlyString(QString &out)
    {
        skipSpace();
        if (m_at == m_end || *m_at != '"')
            return fail(QStringLiteral("expected a string"));
        if (!string(out))
            return false;
        return atEndOfText();
    }

    void failAt(qsizetype offset, const QString &reason)
    {
        m_failure.offset = offset;
        m_failure.reason = reason;
    }

    const JsonParser::Failure &failure() const { return m_failure; }

private:
    bool fail(const QString &reason)
    {
        failAt(m_at - m_begin, reason);
        return false;
    }

    // The object or array opened by \a open at m_at, whole and alone, each of its items read by
    // item(), which returns false to stop the walk (with the failure set if it met one).
    template<typename Item>
    bool walk(char open, Item &&item)
    {
        skipSpace();
        if (m_at == m_end || *m_at != open)
            return fail(open == '{' ? QStringLiteral("expected an object") : QStringLiteral("expected an array"));
        const char close = open == '{' ? '}' : ']';
        ++m_at;
        skipSpace();
        if (m_at < m_end && *m_at == close) {
            ++m_at;
            return atEndOfText();
        }
        for (;;) {
            skipSpace();
            if (!item())
                return false;
            skipSpace();
            if (m_at < m_end && *m_at == ',') {
                ++m_at;
                continue;
            }
            return expect(close) && atEndOfText();
        }
    }

    // Checks the value at m_at and moves past it, handing out its text.
    bool valueText(JsonParser::Checked &out)
    {
        skipSpace();
        const char *const start = m_at;
        if (!skip(1))
            return false;
        out = JsonParser::Checked{QByteArrayView(start, m_at - start)};
        return true;
    }

    bool atEndOfText()
    {
        skipSpace();
        if (m_at != m_end)
            return fail(QStringLiteral("unexpected text after the end of the document"));
        return true;
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool expect(char c)
    {
        skipSpace();
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
    }

    bool literal(const char *word, qsizetype length)
    {
        if (m_end - m_at < length || QByteArrayView(m_at, length) != QByteArrayView(word, length))
            return fail(QStringLiteral("is not a JSON value"));
        m_at += length;
        return true;
    }

    bool value(QJsonValue &out, int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return fail(QStringLiteral("the document ends where a value was expected"));
        switch (*m_at) {
        case '{': {
            QJsonObject o;
            if (!object(o, depth + 1))
                return false;
            out = o;
            return true;
        }
        case '[': {
            QJsonArray a;
            if (!array(a, depth + 1))
                return false;
            out = a;
            return true;
        }
        case '"':
            return stringValue(out);
        case 't':
            out = true;
            return literal("true", 4);
        case 'f':
            out = false;
            return literal("false", 5);
        case 'n':
            out = QJsonValue(QJsonValue::Null);
            return literal("null", 4);
        default:
            return number(out);
        }
    }

    // Checks the value at m_at as value() would and moves past it, building nothing: strings are
    // looked at run by run, and only their escapes one by one.
    bool skip(int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return fail(QStringLiteral("the document ends where a value was expected"));
        switch (*m_at) {
        case '{':
        case '[': {
            const char close = *m_at == '{' ? '}' : ']';
            if (depth + 1 > JsonParser::kMaxDepth)
                return fail(QStringLiteral("nests deeper than %1 levels").arg(JsonParser::kMaxDepth));
            ++m_at;
            skipSpace();
            if (m_at < m_end && *m_at == close) {
                ++m_at;
                return true;
            }
            for (;;) {
                if (close == '}') {
                    skipSpace();
                    if (m_at == m_end || *m_at != '"')
                        return fail(QStringLiteral("expected a quoted member name"));
                    if (!skipString() || !expect(':'))
                        return false;
                }
                if (!skip(depth + 1))
                    return false;
                skipSpace();
                if (m_at < m_end && *m_at == ',') {
                    ++m_at;
                    continue;
                }
                return expect(close);
            }
        }
        case '"':
            return skipString();
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default: {
            QJsonValue ignored;
            return number(ignored);
        }
        }
    }

    // Where a run of plain text in a string stopped: the closing quote (m_at past it, \a closed
    // set), an escape (m_at on its backslash), or what a string cannot hold (false).
    bool endOfRun(bool &closed)
    {
        closed = false;
        if (m_at == m_end)
            return fail(QStringLiteral("the document ends inside a string"));
        if (*m_at == '"') {
            ++m_at;
            closed = true;
            return true;
        }
        if (*m_at != '\\')
            return fail(QStringLiteral("a control character must be escaped in a string"));
        return true;
    }

    bool skipString()
    {
        ++m_at; // '"'
        for (;;) {
            skipPlainText();
            bool closed = false;
            if (!endOfRun(closed))
                return false;
            if (closed)
                return true;
            if (m_at + 1 < m_end && plainEscape(m_at[1])) {
                m_at += 2;
                continue;
            }
            ++m_at; // on the letter after the backslash
            char16_t unit = 0;
            if (m_at == m_end || *m_at != 'u') {
                if (m_at == m_end)
                    return fail(QStringLiteral("the document ends inside an escape"));
                return fail(QStringLiteral("is not a JSON escape"));
            }
            if (!hex4(unit))
                return false;
        }
    }

    bool object(QJsonObject &out, int depth)
    {
        if (depth > JsonParser::kMaxDepth)
            return fail(QStringLiteral("nests deeper than %1 levels").arg(JsonParser::kMaxDepth));
        ++m_at; // '{'
        skipSpace();
        if (m_at < m_end && *m_at == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_at == m_end || *m_at != '"')
                return fail(QStringLiteral("expected a quoted member name"));
            // A name in plain ASCII (every name Doorstep writes) goes in as the document's own bytes,
            // without a QString made for it and dropped: a tenth of the time a pull page took.
            const char *const nameStart = m_at;
            QByteArrayView plainName;
            QString key;
            bool inPlace = plainString(plainName) && isAscii(plainName);
            if (inPlace && plainName.data() == m_scratch.constData()) {
                key = QString::fromLatin1(plainName); // unescaped into the scratch, which the value reuses
                inPlace = false;
            } else if (!inPlace) {
                m_at = nameStart;
                if (!string(key))
                    return false;
            }
            if (!expect(':'))
                return false;
            QJsonValue v;
            if (!value(v, depth))
                return false;
            // A repeated name keeps its last value, as Qt's parser does.
            if (inPlace)
                out.insert(QLatin1StringView(plainName.data(), plainName.size()), v);
            else
                out.insert(key, v);
            skipSpace();
            if (m_at < m_end && *m_at == ',') {
                ++m_at;
                continue;
            }
            return expect('}');
        }
    }

    bool array(QJsonArray &out, int depth)
    {
        if (depth > JsonParser::kMaxDepth)
            return fail(QStringLiteral("nests deeper than %1 levels").arg(JsonParser::kMaxDepth));
        ++m_at; // '['
        skipSpace();
        if (m_at < m_end && *m_at == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            QJsonValue v;
            if (!value(v, depth))
                return false;
            out.append(v);
            skipSpace();
            if (m_at < m_end && *m_at == ',') {
                ++m_at;
                continue;
            }
            return expect(']');
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads the four hex digits after "\u"; m_at is on the 'u'.
    bool hex4(char16_t &unit)
    {
        if (m_end - m_at < 5)
            return fail(QStringLiteral("\\u needs four hex digits"));
        unsigned v = 0;
        for (int i = 1; i <= 4; ++i) {
            const int d = hexDigit(m_at[i]);
            if (d < 0)
                return fail(QStringLiteral("\\u needs four hex digits"));
            v = v * 16 + unsigned(d);
        }
        m_at += 5;
        unit = char16_t(v);
        return true;
    }

    bool escape(QString &out)
    {
        ++m_at; // '\\'
        if (m_at == m_end)
            return fail(QStringLiteral("the document ends inside an escape"));
        char16_t unit = 0;
        switch (*m_at) {
        case '"':
            unit = u'"';
            break;
        case '\\':
            unit = u'\\';
            break;
        case '/':
            unit = u'/';
            break;
        case 'b':
            unit = u'\b';
            break;
        case 'f':
            unit = u'\f';
            break;
        case 'n':
            unit = u'\n';
            break;
        case 'r':
            unit = u'\r';
            break;
        case 't':
            unit = u'\t';
            break;
        case 'u': {
            if (!hex4(unit))
                return false;
            // A lone surrogate is kept as it came, as Qt's parser keeps it: Qt writes one that a
            // person's text holds (a keyboard's slip) this way, and an outbox entry or a push that
            // held one must stay readable, or the text could never be sent.
            out.append(QChar(unit));
            return true;
        }
        default:
            return fail(QStringLiteral("is not a JSON escape"));
        }
        ++m_at;
        out.append(QChar(unit));
        return true;
    }

    // A string is read into UTF-8 bytes and decoded once: a note with line breaks is many runs
    // between escapes, and decoding each run to a string of its own cost an allocation and a copy
    // apiece. Anything but a run, a plain escape or the closing quote (a \u escape, or text that
    // is not JSON) returns false with m_at back on the opening quote, for stringCarefully.
    // The bytes are the document's own or m_scratch's, good until the next string is read.
    bool plainString(QByteArrayView &bytes)
    {
        const char *const start = m_at;
        ++m_at; // '"'
        m_scratch.resize(0); // keeps the capacity, where clear() would free it
        for (;;) {
            const char *run = m_at;
            skipPlainText();
            if (m_at < m_end && *m_at == '"' && m_scratch.isEmpty() && run == start + 1) {
                bytes = QByteArrayView(run, m_at - run); // no escape at all: the common case
                ++m_at;
                return true;
            }
            m_scratch.append(run, m_at - run);
            if (m_at < m_end && *m_at == '"') {
                ++m_at;
                bytes = m_scratch;
                return true;
            }
            const char unescaped = m_at + 1 < m_end && *m_at == '\\' ? plainEscape(m_at[1]) : 0;
            if (!unescaped) {
                m_at = start;
                return false;
            }
            m_scratch.append(unescaped);
            m_at += 2;
        }
    }

    bool string(QString &out)
    {
        QByteArrayView bytes;
        if (!plainString(bytes))
            return stringCarefully(out);
        out = QString::fromUtf8(bytes);
        return true;
    }

    // A string as a value. QJsonValue keeps ASCII text in 8 bits, so ASCII goes in as it is, not
    // widened to UTF-16 only to be narrowed again: that was most of the time spent on a note.
    bool stringValue(QJsonValue &out)
    {
        QByteArrayView bytes;
        if (!plainString(bytes)) {
            QString text;
            if (!stringCarefully(text))
                return false;
            out = text;
        } else if (isAscii(bytes)) {
            out = QJsonValue(QLatin1StringView(bytes.data(), bytes.size()));
        } else {
            out = QString::fromUtf8(bytes);
        }
        return true;
    }

    static bool isAscii(QByteArrayView bytes)
    {
        constexpr quint64 kHighs = 0x8080808080808080ULL;
        const char *p = bytes.data();
        const char *const end = p + bytes.size();
        quint64 seen = 0;
        for (; end - p >= 8; p += 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            seen |= w;
        }
        for (; p != end; ++p)
            seen |= static_cast<unsigned char>(*p);
        return (seen & kHighs) == 0;
    }

    // Moves m_at past the run of bytes that a string holds as they are: anything but '"', '\\' and
    // control characters. Notes are long runs, so sixteen bytes are looked at together where SSE2
    // is there (every x86-64), and eight elsewhere: each test on eight marks the first byte that
    // meets it exactly (a borrow only spoils the bytes above it).
    void skipPlainText()
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i control = _mm_set1_epi8(0x1f);
        while (m_end - m_at >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_at));
            const __m128i isControl = _mm_cmpeq_epi8(_mm_min_epu8(bytes, control), bytes);
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash));
            if (const int stop = _mm_movemask_epi8(_mm_or_si128(isControl, special))) {
                m_at += std::countr_zero(unsigned(stop));
                return;
            }
            m_at += 16;
        }
#endif
        constexpr quint64 kOnes = 0x0101010101010101ULL;
        constexpr quint64 kHighs = 0x8080808080808080ULL;
        const auto hasZeroByte = [](quint64 w) { return (w - kOnes) & ~w & kHighs; };
        while (m_end - m_at >= 8) {
            const quint64 w = qFromLittleEndian<quint64>(m_at); // the first byte lowest
            const quint64 stop
                = ((w - kOnes * 0x20) & ~w & kHighs) | hasZeroByte(w ^ (kOnes * '"')) | hasZeroByte(w ^ (kOnes * '\\'));
            if (stop) {
                m_at += std::countr_zero(stop) / 8;
                return;
            }
            m_at += 8;
        }
        while (m_at < m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20)
            ++m_at;
    }

    // What a one-letter escape stands for; 0 for \u and for anything that is no escape.
    static char plainEscape(char letter)
    {
        switch (letter) {
        case '"':
            return '"';
        case '\\':
            return '\\';
        case '/':
            return '/';
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        default:
            return 0;
        }
    }

    bool stringCarefully(QString &out)
    {
        out.clear();
        ++m_at; // '"'
        for (;;) {
            const char *run = m_at;
            while (m_at < m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20)
                ++m_at;
            if (m_at > run) {
                // The whole text was checked to be UTF-8 first, so a run never splits a character.
                if (out.isEmpty())
                    out = QString::fromUtf8(run, m_at - run);
                else
                    out.append(QString::fromUtf8(run, m_at - run));
            }
            bool closed = false;
            if (!endOfRun(closed))
                return false;
            if (closed)
                return true;
            if (!escape(out))
                return false;
        }
    }

    bool number(QJsonValue &out)
    {
        const char *start = m_at;
        const char *p = m_at;
        if (p < m_end && *p == '-')
            ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return fail(QStringLiteral("is not a JSON value"));
        if (*p == '0')
            ++p;
        else
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        bool integral = true;
        if (p < m_end && *p == '.') {
            integral = false;
            ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return fail(QStringLiteral("a decimal point needs digits after it"));
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            integral = false;
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return fail(QStringLiteral("an exponent needs digits"));
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (integral) {
            qint64 n = 0;
            const auto r = std::from_chars(start, p, n);
            if (r.ec == std::errc() && r.ptr == p) {
                out = QJsonValue(n);
                m_at = p;
                return true;
            }
        }
        double d = 0;
        const auto r = std::from_chars(start, p, d);
        if (r.ec != std::errc() || r.ptr != p || !std::isfinite(d))
            return fail(QStringLiteral("is a number out of range"));
        out = QJsonValue(d);
        m_at = p;
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    JsonParser::Failure m_failure;
    QByteArray m_scratch; // a string's UTF-8 bytes, unescaped, reused from string to string
};

// The offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    if (text.isValidUtf8())
        return -1; // the common case, checked quickly
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t point = 0;
        char32_t least = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, point = lead & 0x1F, least = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, point = lead & 0x0F, least = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, point = lead & 0x07, least = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const auto follow = static_cast<unsigned char>(text[i + k]);
            if ((follow & 0xC0) != 0x80)
                return i;
            point = (point << 6) | (follow & 0x3F);
        }
        if (point < least || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return i;
        i += length;
    }
    return 0; // Qt refused what this scan accepts: name the start rather than nothing
}

} // namespace

QJsonDocument JsonParser::parse(QByteArrayView json, Failure *failure)
{
    Parser parser(json);
    if (const qsizetype invalid = firstInvalidUtf8(json); invalid >= 0) {
        parser.failAt(invalid, QStringLiteral("is not valid UTF-8"));
        if (failure)
            *failure = parser.failure();
        return {};
    }
    QJsonDocument doc = parser.document();
    if (failure)
        *failure = parser.failure();
    return doc;
}

QJsonValue JsonParser::parseValue(QByteArrayView json, Failure *failure)
{
    Parser parser(json);
    if (const qsizetype invalid = firstInvalidUtf8(json); invalid >= 0) {
        parser.failAt(invalid, QStringLiteral("is not valid UTF-8"));
        if (failure)
            *failure = parser.failure();
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue v = parser.single();
    if (failure)
        *failure = parser.failure();
    return v;
}

bool JsonParser::members(QByteArrayView json, std::vector<Member> &members, Failure *failure)
{
    members.clear();
    const auto text = check(json, failure);
    const bool read
        = text
        && walkObject(
              *text,
              [&](QByteArrayView name, Checked value) {
                  members.push_back({QString::fromUtf8(name), value.bytes.data() - json.data(), value.bytes.size()});
                  return true;
              },
              failure);
    if (!read)
        members.clear();
    return read;
}

std::optional<JsonParser::Checked> JsonParser::check(QByteArrayView json, Failure *failure)
{
    if (const qsizetype invalid = firstInvalidUtf8(json); invalid >= 0) {
        if (failure)
            *failure = Failure{invalid, QStringLiteral("is not valid UTF-8")};
        return std::nullopt;
    }
    if (failure)
        *failure = Failure{};
    return Checked{json};
}

bool JsonParser::walkObject(Checked json, const MemberVisitor &visit, Failure *failure)
{
    Parser parser(json.bytes);
    const bool walked = parser.walkObject(visit);
    if (failure)
        *failure = parser.failure();
    return walked;
}

bool JsonParser::walkArray(Checked json, const std::function<bool(Checked)> &visit, Failure *failure)
{
    Parser parser(json.bytes);
    const bool walked = parser.walkArray(visit);
    if (failure)
        *failure = parser.failure();
    return walked;
}

QJsonValue JsonParser::parseValue(Checked json, Failure *failure)
{
    Parser parser(json.bytes);
    QJsonValue v = parser.single();
    if (failure)
        *failure = parser.failure();
    return v;
}

bool JsonParser::readString(Checked json, QString &out, Failure *failure)
{
    Parser parser(json.bytes);
    const bool read = parser.onlyString(out);
    if (failure)
        *failure = parser.failure();
    return read;
}

} // namespace doorstep
