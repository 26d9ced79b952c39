// A child process for tst_autosavekill: types a known text into a visit's notes through a VisitEditor,
// one character at a time with small random gaps, and says how much of it is durable.
//
//   autosave_typist <store directory> <visit id> <text, UTF-8 in hex> <seed>
//
// Opens the store through a Session (the demo PIN), opens the visit, and prints "ready N", N being
// how many UTF-16 units of the text the restored draft already holds (it carries on from there).
// Then, each time the editor reports its draft saved, "durable N": the first N units of the text are
// on disk. "done" once all of it is. The parent kills it with SIGKILL at a random moment.

#include "demosetup.h"
#include "session.h"
#include "visiteditor.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace doorstep;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent must see a line as soon as what it reports is durable
}

int fail(const QString &what)
{
    std::fprintf(stderr, "autosave_typist: %s\n", qPrintable(what));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: autosave_typist <store directory> <visit id> <text in hex> <seed>\n");
        return 1;
    }
    const QString text = QString::fromUtf8(QByteArray::fromHex(args.at(3).toLatin1()));
    QRandomGenerator random(args.at(4).toUInt());

    Session::Options options{args.at(1), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    Session session(options);
    if (!session.unlock(DemoSetup::pin()))
        return fail(QStringLiteral("unlock: ") + session.lastError());
    VisitEditor editor;
    editor.setSession(&session);
    editor.setVisitId(args.at(2));
    if (!editor.isLoaded())
        return fail(QStringLiteral("open the visit: ") + editor.lastError());
    if (!text.startsWith(editor.notes()))
        return fail(QStringLiteral("the restored notes are not a start of the text"));

    qsizetype typed = editor.notes().size();
    say("ready " + QByteArray::number(typed));
    QObject::connect(&editor, &VisitEditor::draftSaved, &app, [&] {
        say("durable " + QByteArray::number(editor.notes().size()));
        if (editor.notes().size() == text.size())
            say("done");
    });

    QTimer keys;
    keys.setSingleShot(true);
    QObject::connect(&keys, &QTimer::timeout, &app, [&] {
        // One character as a person types it: a surrogate pair is one key, never half of one.
        typed += (text.at(typed).isHighSurrogate() && typed + 1 < text.size()) ? 2 : 1;
        editor.setNotes(text.left(typed));
        if (typed < text.size())
            keys.start(int(random.bounded(5, 31)));
    });
    if (typed < text.size())
        keys.start(int(random.bounded(5, 31)));
    else
        say("done");
    return app.exec();
}
