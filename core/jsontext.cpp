#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace doorstep {

namespace {

// What Qt writes for a value on its own: the inside of a one-element array.
void appendAsQtWrites(QByteArray &out, const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Copies the ASCII at the start of [p, end) that JSON writes as it is (no control character, '"'
// or '\\') to \a dst, and says how many units that was. Notes are long runs of such text, so
// eight units are looked at, and written, together where SSE2 is there (every x86-64).
qsizetype copyPlainAscii(const char16_t *p, const char16_t *end, char *dst)
{
    const char16_t *const start = p;
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi16(0x20);
    const __m128i above = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    while (end - p >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed comparisons: a unit from 0x8000 up is negative, so it fails "at least 0x20".
        const __m128i outside = _mm_or_si128(_mm_cmplt_epi16(units, below), _mm_cmpgt_epi16(units, above));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, backslash));
        const int stop = _mm_movemask_epi8(_mm_or_si128(outside, special));
        if (stop) {
            const int plain = std::countr_zero(unsigned(stop)) / 2;
            for (int i = 0; i < plain; ++i)
                dst[i] = char(p[i]);
            return (p - start) + plain;
        }
        _mm_storel_epi64(reinterpret_cast<__m128i *>(dst), _mm_packus_epi16(units, units));
        dst += 8;
        p += 8;
    }
#endif
    while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
        *dst++ = char(*p++);
    return p - start;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    // One pass from UTF-16 straight into the buffer, sized first for the worst case (every
    // character a six-byte \u00XX escape; UTF-8 takes at most three bytes a UTF-16 unit) and cut
    // back after: every record a push changes, and every push body, is written this way.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *dst = out.data() + start;
    *dst++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const qsizetype plain = copyPlainAscii(p, end, dst);
        dst += plain;
        p += plain;
        if (p == end)
            break;
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *dst++ = char(c);
                continue;
            }
            *dst++ = '\\';
            switch (c) {
            case u'"':
                *dst++ = '"';
                break;
            case u'\\':
                *dst++ = '\\';
                break;
            case u'\b':
                *dst++ = 'b';
                break;
            case u'\f':
                *dst++ = 'f';
                break;
            case u'\n':
                *dst++ = 'n';
                break;
            case u'\r':
                *dst++ = 'r';
                break;
            case u'\t':
                *dst++ = 't';
                break;
            default:
                *dst++ = 'u';
                *dst++ = '0';
                *dst++ = '0';
                *dst++ = hexDigit(c >> 4);
                *dst++ = hexDigit(c & 0xf);
            }
        } else if (c < 0x800) {
            *dst++ = char(0xc0 | (c >> 6));
            *dst++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *dst++ = char(0xf0 | (u >> 18));
            *dst++ = char(0x80 | ((u >> 12) & 0x3f));
            *dst++ = char(0x80 | ((u >> 6) & 0x3f));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form: such rare text goes the way Qt writes it.
            out.resize(start);
            appendAsQtWrites(out, QJsonValue(text.toString()));
            return;
        } else {
            *dst++ = char(0xe0 | (c >> 12));
            *dst++ = char(0x80 | ((c >> 6) & 0x3f));
            *dst++ = char(0x80 | (c & 0x3f));
        }
    }
    *dst++ = '"';
    out.resize(dst - out.constData());
}

void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonValue(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out += ',';
            appendJsonString(out, it.key());
            out += ':';
            appendJsonValue(out, it.value());
        }
        out += '}';
        return;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Null:
        out += "null";
        return;
    case QJsonValue::Double:
        // A number read or made as an integer is kept as one, and Qt writes it in plain digits.
        if (const QVariant number = value.toVariant(); number.typeId() == QMetaType::LongLong) {
            out += QByteArray::number(number.toLongLong());
            return;
        }
        // Otherwise Qt's way of writing a double is kept exactly.
        appendAsQtWrites(out, value);
        return;
    default:
        appendAsQtWrites(out, value);
    }
}

} // namespace doorstep
