#include "core/ids.h"
#include "core/plaintext.h"
#include "fuzzcheck.h"
#include "queue/queue.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>
#include <optional>

using namespace Ledgerdesk;

// The queue's decoder: how a row of queue_messages becomes a Message (Queue::claim). An input is
// "TYPE\nAGENT\nDEDUPE KEY\nPAYLOAD", the payload being the row's JSON text; missing lines are left at
// a plain deposit. The row is written as it lies in a real SQLite book, then claimed. The claim must
// hand back the row's own id, type, agent, key and time; a payload that is not a JSON object must be
// reported (payloadError) with an empty payload, never passed on. A message that decodes cleanly is
// enqueued again (Queue::enqueue, the encoder) and claimed again: it must come back equal.

namespace {

constexpr qint64 t0 = 1'700'000'000'000;
constexpr qint64 visibilityMs = 30000;

// One SQLite book for the whole run, in a temporary folder removed at exit.
struct Book
{
    Book()
    {
        if (!folder.isValid())
            Fuzz::fail("QTemporaryDir", __FILE__, __LINE__, folder.errorString());
        auto opened = Database::open(folder.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            Fuzz::fail("Database::open", __FILE__, __LINE__, opened.error().message + QLatin1Char(' ') + opened.error().detail);
        db = std::move(opened).value();
        if (auto ok = Migrator(*db).migrate(); !ok)
            Fuzz::fail("Migrator::migrate", __FILE__, __LINE__, ok.error().message + QLatin1Char(' ') + ok.error().detail);
        // Nothing here must survive a power cut; without it every commit waits for the disk.
        if (auto ok = db->execRaw(QStringLiteral("PRAGMA synchronous=OFF"), QStringLiteral("synchronous")); !ok)
            Fuzz::fail("PRAGMA synchronous", __FILE__, __LINE__, ok.error().detail);
    }

    QTemporaryDir folder;
    std::unique_ptr<Database> db;
};

std::optional<QCoreApplication> application; // the SQL driver plugins load only inside an application
std::optional<Book> book;

struct Row
{
    QString id;
    QString type = QStringLiteral("DEPOSIT");
    QString agentId = QStringLiteral("alice");
    QString dedupeKey;
    QString payload = QStringLiteral("{}");
};

Row split(const QByteArray &input)
{
    Row row;
    row.id = Ids::next();
    const QList<QByteArray> lines = input.split('\n');
    if (lines.size() >= 4) {
        row.payload = QString::fromUtf8(input.mid(lines.at(0).size() + lines.at(1).size() + lines.at(2).size() + 3));
        if (!lines.at(0).isEmpty())
            row.type = QString::fromUtf8(lines.at(0));
        if (!lines.at(1).isEmpty())
            row.agentId = QString::fromUtf8(lines.at(1));
        row.dedupeKey = QString::fromUtf8(lines.at(2));
    } else {
        row.payload = QString::fromUtf8(input);
    }
    return row;
}

QString describe(const Message &message)
{
    return QStringLiteral("id %1, type %2, agent %3, key %4, created %5, payload %6")
        .arg(message.id, message.type, message.agentId, message.dedupeKey)
        .arg(message.createdAtMs)
        .arg(QString::fromUtf8(QJsonDocument(message.payload).toJson(QJsonDocument::Compact)));
}

ClaimedMessage claimOne(Queue &queue, qint64 nowMs)
{
    auto claimed = queue.claim(10, visibilityMs, nowMs);
    FUZZ_CHECK(claimed, claimed ? QString() : claimed.error().message + QLatin1Char(' ') + claimed.error().detail);
    FUZZ_CHECK(claimed->size() == 1, QStringLiteral("%1 messages claimed").arg(claimed->size()));
    ClaimedMessage one = claimed->constFirst();
    auto removed = queue.remove(one.message.id);
    FUZZ_CHECK(removed, removed ? QString() : removed.error().detail);
    return one;
}

void clearDedupeKeys(Database &db)
{
    auto cleared = db.execRaw(QStringLiteral("DELETE FROM queue_dedupe"), QStringLiteral("clear"));
    FUZZ_CHECK(cleared, cleared ? QString() : cleared.error().detail);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application.emplace(*argc, *argv);
    book.emplace();
    // Closed before Qt's own globals go (the SQL connection list among them), which were made after ours.
    std::atexit([] {
        book.reset();
        application.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = *book->db;
    Queue queue(db);
    const Row row = split(Fuzz::bytes(data, size));
    // The program writes no type, agent or key with a control character (Queue::enqueue refuses such
    // a key; SQLite's text would cut one at a NUL). SQLite reads the noncharacters U+FFFE and U+FFFF
    // back as U+FFFD, which no one sends on purpose; any other payload is fair game.
    const auto hasNoncharacter = [](const QString &text) { return text.contains(QChar(0xFFFE)) || text.contains(QChar(0xFFFF)); };
    if (PlainText::hasControlCharacters(row.type) || PlainText::hasControlCharacters(row.agentId)
        || PlainText::hasControlCharacters(row.dedupeKey) || row.dedupeKey.size() > PlainText::maxLength
        || hasNoncharacter(row.type + row.agentId + row.dedupeKey + row.payload))
        return 0;

    QSqlQuery &insert = db.prepared(
        QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, dedupe_key, enqueued_at_ms, visible_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(row.id);
    insert.addBindValue(notNull(row.type));
    insert.addBindValue(notNull(row.payload));
    insert.addBindValue(notNull(row.agentId));
    insert.addBindValue(nullIfEmpty(row.dedupeKey));
    insert.addBindValue(t0);
    insert.addBindValue(t0);
    auto inserted = db.exec(insert, QStringLiteral("insert"));
    FUZZ_CHECK(inserted, inserted ? QString() : inserted.error().detail);

    const ClaimedMessage first = claimOne(queue, t0 + 1);
    const Message &message = first.message;
    const auto what = [&] { return describe(message) + QStringLiteral(" from the row's payload ") + row.payload; };
    FUZZ_CHECK(message.id == row.id && message.type == row.type && message.agentId == row.agentId, what());
    FUZZ_CHECK(message.dedupeKey == row.dedupeKey && message.createdAtMs == t0 && first.receiveCount == 1, what());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(row.payload.toUtf8(), &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    FUZZ_CHECK(first.payloadError.isEmpty() == isObject, what() + QStringLiteral(": error \"%1\"").arg(first.payloadError));
    if (!isObject) {
        FUZZ_CHECK(message.payload.isEmpty(), what());
        return 0;
    }
    FUZZ_CHECK(message.payload == document.object(), what());

    // Encode the decoded message again and decode it: the same message.
    clearDedupeKeys(db);
    auto stored = queue.enqueue(message);
    FUZZ_CHECK(stored && *stored, what() + QStringLiteral(": not stored again ") + (stored ? QString() : stored.error().detail));
    const ClaimedMessage second = claimOne(queue, t0 + 1);
    FUZZ_CHECK(second.payloadError.isEmpty(), what() + QStringLiteral(" comes back with the error ") + second.payloadError);
    const Message &again = second.message;
    FUZZ_CHECK(again.id == message.id && again.type == message.type && again.agentId == message.agentId
            && again.dedupeKey == message.dedupeKey && again.createdAtMs == message.createdAtMs
            && again.payload == message.payload,
        what() + QStringLiteral(" comes back as ") + describe(again));
    clearDedupeKeys(db);
    return 0;
}
