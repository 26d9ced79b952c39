#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

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
