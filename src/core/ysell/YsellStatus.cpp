#include "ysell/YsellStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

QStringList trimmedCodes(const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes) {
        if (!code.trimmed().isEmpty())
            out << code.trimmed();
    }
    return out;
}

} // namespace

YsellStatusRules::YsellStatusRules(QStringList doneSet, QStringList attentionSet)
    : m_done(trimmedCodes(doneSet))
    , m_attention(trimmedCodes(attentionSet))
{
}

QStringList YsellStatusRules::defaultDoneSet()
{
    return {u"Done"_s, u"7.1"_s, u"7.2"_s};
}

QStringList YsellStatusRules::defaultAttentionSet()
{
    return {u"3.1"_s, u"3.2"_s, u"3.3"_s, u"3.5"_s, u"4"_s, u"5.3"_s};
}

YsellStatusClass YsellStatusRules::classify(const QString &rawCode) const
{
    const QString code = rawCode.trimmed();
    // Bare-word statuses ("Done", "done") come from hand-written integrations: compare without case.
    if (m_done.contains(code, Qt::CaseInsensitive))
        return YsellStatusClass::Done;
    if (code == u"8"_s || code == u"9"_s || code == u"10"_s || code.startsWith(u"10."_s))
        return YsellStatusClass::Terminal;
    if (m_attention.contains(code, Qt::CaseInsensitive))
        return YsellStatusClass::Attention;
    return YsellStatusClass::InProgress;
}

YsellStatus YsellStatusRules::make(const QString &code, const QString &name) const
{
    YsellStatus s;
    s.code = code.trimmed();
    s.name = name.trimmed().isEmpty() ? knownName(s.code) : name.trimmed();
    if (s.name.isEmpty())
        s.name = s.code;
    s.statusClass = classify(s.code);
    return s;
}

namespace {

struct Known {
    const char *code;
    const char *name;
};

const Known known[] = {
    {"1", QT_TRANSLATE_NOOP("ysb::YsellStatus", "created")},
    {"2", QT_TRANSLATE_NOOP("ysb::YsellStatus", "to be paid")},
    {"3", QT_TRANSLATE_NOOP("ysb::YsellStatus", "paid")},
    {"3.1", QT_TRANSLATE_NOOP("ysb::YsellStatus", "reservation error")},
    {"3.2", QT_TRANSLATE_NOOP("ysb::YsellStatus", "order without product_id")},
    {"3.3", QT_TRANSLATE_NOOP("ysb::YsellStatus", "supplier not found")},
    {"3.5", QT_TRANSLATE_NOOP("ysb::YsellStatus", "fulfilment error")},
    {"4", QT_TRANSLATE_NOOP("ysb::YsellStatus", "not in stock")},
    {"4.1", QT_TRANSLATE_NOOP("ysb::YsellStatus", "reordered")},
    {"5", QT_TRANSLATE_NOOP("ysb::YsellStatus", "in stock")},
    {"5.1", QT_TRANSLATE_NOOP("ysb::YsellStatus", "ready on prep centre")},
    {"5.3", QT_TRANSLATE_NOOP("ysb::YsellStatus", "label print error")},
    {"6", QT_TRANSLATE_NOOP("ysb::YsellStatus", "label printed")},
    {"6.3", QT_TRANSLATE_NOOP("ysb::YsellStatus", "collecting")},
    {"6.4", QT_TRANSLATE_NOOP("ysb::YsellStatus", "collecting")},
    {"7", QT_TRANSLATE_NOOP("ysb::YsellStatus", "packed")},
    {"7.1", QT_TRANSLATE_NOOP("ysb::YsellStatus", "shipped")},
    {"7.2", QT_TRANSLATE_NOOP("ysb::YsellStatus", "FBA shipped")},
    {"8", QT_TRANSLATE_NOOP("ysb::YsellStatus", "cancelled")},
    {"9", QT_TRANSLATE_NOOP("ysb::YsellStatus", "refunded")},
    {"10", QT_TRANSLATE_NOOP("ysb::YsellStatus", "returned")},
};

} // namespace

QString YsellStatusRules::knownName(const QString &rawCode)
{
    const QString code = rawCode.trimmed();
    for (const Known &k : known) {
        if (code == QLatin1String(k.code))
            return QCoreApplication::translate("ysb::YsellStatus", k.name);
    }
    if (code.startsWith(u"10."_s))
        return QCoreApplication::translate("ysb::YsellStatus", "returned");
    return {};
}

QString ysellStatusLabel(const QString &rawCode, const QString &ysellName)
{
    const QString code = rawCode.trimmed();
    QString name = YsellStatusRules::knownName(code);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    else
        name = ysellName.trimmed();
    if (name.isEmpty() || name == code)
        return code;
    if (code.isEmpty())
        return name;
    //: A Ysell status as shown: its code, then its name, e.g. "7.1 Shipped"
    return QCoreApplication::translate("ysb::YsellStatus", "%1 %2").arg(code, name);
}

QString YsellStatusRules::codeForName(const QString &rawName)
{
    // Ysell words its names a little differently from the contract ("Order shipped" for
    // "shipped"): compare without case, with and without a leading "Order".
    QString name = rawName.simplified().toLower();
    QStringList forms{name};
    if (name.startsWith(u"order "_s))
        forms << name.mid(6);
    for (const QString &form : std::as_const(forms)) {
        for (const Known &k : known) {
            if (form == QLatin1String(k.name).toString().toLower())
                return QString::fromLatin1(k.code);
        }
    }
    return {};
}

QString YsellStatusRules::className(YsellStatusClass c)
{
    switch (c) {
    case YsellStatusClass::InProgress: return u"in_progress"_s;
    case YsellStatusClass::Done: return u"done"_s;
    case YsellStatusClass::Terminal: return u"terminal"_s;
    case YsellStatusClass::Attention: return u"attention"_s;
    }
    return u"in_progress"_s;
}

} // namespace ysb
