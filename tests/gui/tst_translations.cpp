// The Russian translation: the catalogue is complete for every tr() of core, gui, cli and the .ui
// forms, keeps the placeholders, loads at run time and switches the language of open windows.
#include "SettingsDialog.h"
#include "Translations.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/Config.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Entry {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Entry{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            current.unfinished = type == "unfinished"_L1;
            if (type == "vanished"_L1 || type == "obsolete"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath()
{
    return qEnvironmentVariable("YSB_SOURCE_DIR") + u"/translations/ysell-bridge_ru.ts"_s;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured(0));
    return out;
}

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ysb::installTranslations(u"en"_s); }
    void catalogueIsComplete();
    void catalogueCoversEverySourceString();
    void qmIsEmbedded();
    void russianStringsComeOut();
    void openDialogSwitchesLanguage();
    void emptySettingFollowsTheSystem();
};

void TestTranslations::catalogueIsComplete()
{
    QString error;
    const QList<Entry> entries = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(entries.size() > 300, qPrintable(QString::number(entries.size())));
    QStringList problems;
    int numerus = 0;
    for (const Entry &e : entries) {
        const QString where = e.context + u": "_s + e.source.left(60);
        if (e.unfinished)
            problems << u"unfinished: "_s + where;
        if (e.numerus) {
            ++numerus;
            // Russian needs three forms: 1 файл, 2 файла, 5 файлов.
            if (e.translations.size() != 3)
                problems << u"%1 plural forms instead of 3: "_s.arg(e.translations.size()) + where;
        }
        for (const QString &t : e.translations) {
            if (t.trimmed().isEmpty()) {
                problems << u"empty: "_s + where;
                continue;
            }
            QSet<QString> wanted = placeholders(e.source);
            QSet<QString> got = placeholders(t);
            if (e.numerus) // a form may spell the number out ("одну"), but every %1… must stay
                wanted.remove(u"%n"_s), got.remove(u"%n"_s);
            if (wanted != got)
                problems << u"placeholders differ: "_s + where + u" → "_s + t.left(60);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(numerus >= 1);
}

void TestTranslations::catalogueCoversEverySourceString()
{
    // lupdate over today's sources into a copy: anything new would come in as unfinished.
    const QString lupdate = qEnvironmentVariable("YSB_LUPDATE");
    if (lupdate.isEmpty())
        QSKIP("YSB_LUPDATE is not set (run through ctest)");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(u"copy_ru.ts"_s);
    QVERIFY(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString root = qEnvironmentVariable("YSB_SOURCE_DIR");
    QStringList files;
    for (const QString &dir : {u"src/core"_s, u"src/gui"_s, u"src/cli"_s, u"src/app"_s, u"ui"_s}) {
        QDirIterator it(root + u'/' + dir, {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.size() > 20);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, QStringList{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, root + u"/src/core"_s,
                                 u"-I"_s, root + u"/src/gui"_s}
                         + files + QStringList{u"-ts"_s, copy});
    QVERIFY(p.waitForFinished(120'000));
    QCOMPARE(p.exitCode(), 0);

    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Entry &e : entries) {
        if (e.unfinished)
            missing << e.context + u": "_s + e.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"not translated yet (run the ysell-bridge_lupdate target and translate):\n"_s
                        + missing.join(u'\n')));
}

void TestTranslations::qmIsEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/ysell-bridge_ru.qm"_s));
    QCOMPARE(ysb::translationSearchPath().first(), u":/i18n"_s);
}

void TestTranslations::russianStringsComeOut()
{
    QCOMPARE(ysb::installTranslations(u"ru"_s), u"ru"_s);
    // Core strings, through the classes that produce them.
    const QString notice = ysb::SecretStore::sessionOnlyNotice().render();
    QVERIFY2(hasCyrillic(notice), qPrintable(notice));
    QVERIFY(notice != u"No system keychain is available; secrets are kept for this session only."_s);
    ysb::Config c;
    c.odooUrl = u"http://odoo.example.com"_s;
    const QList<ysb::Text> problems = c.validate();
    QCOMPARE(problems.size(), 1);
    const QString problem = problems.first().render();
    QVERIFY2(hasCyrillic(problem) && problem.contains(u"https://"_s), qPrintable(problem));
    // Plural forms.
    const QString three = QCoreApplication::translate("ysb::SettingsDialog", "%n delivery type(s)", nullptr, 3);
    const QString five = QCoreApplication::translate("ysb::SettingsDialog", "%n delivery type(s)", nullptr, 5);
    QVERIFY2(hasCyrillic(three) && three.startsWith(u"3 "_s), qPrintable(three));
    const QString one = QCoreApplication::translate("ysb::SettingsDialog", "%n delivery type(s)", nullptr, 1);
    // Three different forms: 1 тип, 3 типа, 5 типов.
    QVERIFY2(five.startsWith(u"5 "_s) && one.startsWith(u"1 "_s), qPrintable(five));
    QCOMPARE(QSet<QString>({one.mid(2), three.mid(2), five.mid(2)}).size(), 3);

    // A dialog built now is in Russian, Qt's own buttons included (qtbase_ru).
    ysb::MemorySecretStore store;
    ysb::SettingsDialog dialog(ysb::Config{}, QString(), &store);
    const QString url = dialog.findChild<QLabel *>(u"odooUrlLabel"_s)->text();
    QVERIFY2(hasCyrillic(url), qPrintable(url));
    QVERIFY(hasCyrillic(dialog.windowTitle()));
    const QString cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(hasCyrillic(cancel), qPrintable(cancel));

    QCOMPARE(ysb::installTranslations(u"en"_s), u"en"_s);
    QCOMPARE(ysb::SecretStore::sessionOnlyNotice().render(),
             u"No system keychain is available; secrets are kept for this session only."_s);
}

void TestTranslations::openDialogSwitchesLanguage()
{
    ysb::MemorySecretStore store;
    ysb::SettingsDialog dialog(ysb::Config{}, QString(), &store);
    auto *label = dialog.findChild<QLabel *>(u"odooSecretLabel"_s);
    QCOMPARE(label->text(), u"&Password:"_s);
    QCOMPARE(ysb::installTranslations(u"ru"_s), u"ru"_s);
    QTRY_VERIFY(hasCyrillic(label->text()));
    QVERIFY(hasCyrillic(dialog.findChild<QLabel *>(u"secretsBanner"_s)->text()));
    QCOMPARE(ysb::installTranslations(u"en"_s), u"en"_s);
    QTRY_COMPARE(label->text(), u"&Password:"_s);
}

void TestTranslations::emptySettingFollowsTheSystem()
{
    // ctest runs with LANG=C.UTF-8: the system language is not Russian, so English.
    QCOMPARE(ysb::systemLanguage(), u"en"_s);
    QCOMPARE(ysb::installTranslations(QString()), u"en"_s);
    QCOMPARE(ysb::SecretStore::sessionOnlyNotice().render(),
             u"No system keychain is available; secrets are kept for this session only."_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
