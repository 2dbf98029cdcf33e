#include "agents/agentrepository.h"
#include "agents/authenticator.h"
#include "agents/passwordhasher.h"
#include "core/ids.h"
#include "storage/database.h"
#include "support/backendtest.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

const QString wrongCredentials = QStringLiteral("The agent ID or the password is wrong.");
const QString lockedNow = QStringLiteral("Too many wrong passwords. This agent is locked for 15 minutes.");
const QString stillLocked = QStringLiteral("Too many wrong passwords. Try again after ");

// What a burst of sign-ins was told, by kind of answer.
struct Answers
{
    int signedIn = 0;
    int wrongPassword = 0; // the password was checked and was wrong
    int lockedByThisOne = 0; // the password was checked, was wrong, and locked the agent
    int refusedAsLocked = 0; // refused unchecked, the agent being locked already
    QStringList other;

    int wrongPasswordsChecked() const { return wrongPassword + lockedByThisOne; }
};

// Signs in as `agentId` once per password, each on a thread of its own with its own connection to the
// book at `location` (as separate `ledgerdesk` processes would), all released at the same moment.
Answers signInAtOnce(const QString &location, const QString &agentId, const QStringList &passwords)
{
    const auto count = static_cast<std::ptrdiff_t>(passwords.size());
    std::latch ready(count);
    std::vector<QString> told(passwords.size());
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < passwords.size(); ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto db = Database::open(location);
            ready.arrive_and_wait();
            if (!db) {
                told[i] = QString::fromUtf8(describe(db.error()));
                return;
            }
            Authenticator authenticator(**db);
            auto outcome = authenticator.authenticateBlocking(agentId, passwords[i]);
            told[i] = outcome ? QString() : outcome.error().message;
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();

    Answers answers;
    for (const QString &answer : told) {
        if (answer.isNull())
            ++answers.signedIn;
        else if (answer == wrongCredentials)
            ++answers.wrongPassword;
        else if (answer == lockedNow)
            ++answers.lockedByThisOne;
        else if (answer.startsWith(stillLocked))
            ++answers.refusedAsLocked;
        else
            answers.other << answer;
    }
    return answers;
}

} // namespace

class TestAuthenticator : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void passwordHasher_verifiesOnlyTheRightPassword();
    void passwordHasher_isStandardPbkdf2();
    void signIn_withAnOldHash_hashesItAgainAtTodaysCount();
    void authenticateBlocking_rightPassword_succeeds();
    void authenticateBlocking_wrongPassword_failsWithASentence();
    void authenticateBlocking_unknownAgent_failsLikeAWrongPassword();
    void authenticate_rightPassword_emitsSucceeded();
    void authenticate_wrongPassword_emitsFailed();
    void fiveFailures_lockTheAgentOut_evenForTheRightPassword();
    void aSuccess_resetsTheFailureCount();
    void systemAgents_cannotSignIn_data();
    void systemAgents_cannotSignIn();
    void disabledAgent_cannotSignIn();
    void simultaneousWrongPasswords_allCountTowardsTheLockOut();
    void simultaneousSignInsFromManyConnections_checkOnlyFiveWrongPasswords();
    void simultaneousGuessesWithTheRightPassword_letItInOnlyAmongTheFirstFive();
};

void TestAuthenticator::passwordHasher_verifiesOnlyTheRightPassword()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"), 1000);
    QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2-sha256$1000$")), qPrintable(hash));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse "), hash));
    QVERIFY(!PasswordHasher::verify(QString(), hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("!"), QStringLiteral("!")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$0$AAAA$AAAA")));
    // A fresh salt each time.
    QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse"), 1000) != hash);
}

void TestAuthenticator::passwordHasher_isStandardPbkdf2()
{
    // PBKDF2-HMAC-SHA256 of "password" with the salt "salt" (RFC 7914 section 11's function; the
    // published test vectors), so hashes made by any earlier version still verify.
    const auto stored = [](int iterations, const char *hex) {
        return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
            .arg(iterations)
            .arg(QString::fromLatin1(QByteArray("salt").toBase64()), QString::fromLatin1(QByteArray::fromHex(hex).toBase64()));
    };
    QVERIFY(PasswordHasher::verify(
        QStringLiteral("password"), stored(1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")));
    QVERIFY(PasswordHasher::verify(
        QStringLiteral("password"), stored(4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")));
    QVERIFY(!PasswordHasher::verify(
        QStringLiteral("passwore"), stored(4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")));
    QVERIFY(PasswordHasher::hash(QStringLiteral("x")).startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
    QVERIFY(PasswordHasher::needsRehash(stored(4096, "00")));
    QVERIFY(!PasswordHasher::needsRehash(QStringLiteral("pbkdf2-sha256$600000$AAAA$AAAA")));
    QVERIFY(!PasswordHasher::needsRehash(QStringLiteral("!")));
}

void TestAuthenticator::signIn_withAnOldHash_hashesItAgainAtTodaysCount()
{
    LD_OPEN_BOOKS(books, testBooks());
    const auto storedHash = [&books](const QString &id) {
        auto agent = AgentRepository(books->db()).find(id);
        return agent ? agent->passwordHash : QString();
    };
    const QString oldHash = storedHash(Books::agent);
    QVERIFY2(oldHash.startsWith(QStringLiteral("pbkdf2-sha256$1000$")), qPrintable(oldHash));

    Authenticator authenticator(books->db());
    LD_VERIFY_ERROR(authenticator.authenticateBlocking(Books::agent, QStringLiteral("wrong")), Error::Kind::Forbidden);
    QCOMPARE(storedHash(Books::agent), oldHash);

    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::agent, Books::password));
    const QString newHash = storedHash(Books::agent);
    QVERIFY2(newHash.startsWith(QStringLiteral("pbkdf2-sha256$600000$")), qPrintable(newHash));
    QVERIFY(PasswordHasher::verify(Books::password, newHash));
    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::agent, Books::password));
    QCOMPARE(storedHash(Books::agent), newHash);
}

void TestAuthenticator::authenticateBlocking_rightPassword_succeeds()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    auto agent = authenticator.authenticateBlocking(Books::supervisor, Books::password);
    LD_VERIFY_OK(agent);
    QCOMPARE(agent->id, Books::supervisor);
    QCOMPARE(agent->role, Role::Supervisor);
    QVERIFY(agent->isSupervisor());

    // Surrounding spaces in the id are forgiven; in the password they are not.
    LD_VERIFY_OK(authenticator.authenticateBlocking(QStringLiteral("  ") + Books::agent, Books::password));
    LD_VERIFY_ERROR(authenticator.authenticateBlocking(Books::agent, Books::password + QLatin1Char(' ')), Error::Kind::Forbidden);
}

void TestAuthenticator::authenticateBlocking_wrongPassword_failsWithASentence()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    auto refused = authenticator.authenticateBlocking(Books::agent, QStringLiteral("guess"));
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QCOMPARE(refused.error().message, wrongCredentials);
    auto stored = AgentRepository(books->db()).find(Books::agent);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->failedLogins, 1);
    QCOMPARE(stored->lockedUntilMs, qint64(0));
}

void TestAuthenticator::authenticateBlocking_unknownAgent_failsLikeAWrongPassword()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    auto refused = authenticator.authenticateBlocking(QStringLiteral("nobody"), Books::password);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QCOMPARE(refused.error().message, wrongCredentials);
}

void TestAuthenticator::authenticate_rightPassword_emitsSucceeded()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    QSignalSpy succeeded(&authenticator, &Authenticator::succeeded);
    QSignalSpy failed(&authenticator, &Authenticator::failed);

    authenticator.authenticate(Books::agent, Books::password);
    QCOMPARE(succeeded.size(), 0); // the answer comes later, from the event loop
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.first().first().toString(), Books::agent);
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
}

void TestAuthenticator::authenticate_wrongPassword_emitsFailed()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    QSignalSpy succeeded(&authenticator, &Authenticator::succeeded);
    QSignalSpy failed(&authenticator, &Authenticator::failed);

    authenticator.authenticate(Books::agent, QStringLiteral("guess"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), wrongCredentials);
    QCOMPARE(succeeded.size(), 0);
    auto stored = AgentRepository(books->db()).find(Books::agent);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->failedLogins, 1);

    // Unknown agents get the same answer after the same kind of check, so they cannot be told apart.
    authenticator.authenticate(QStringLiteral("nobody"), QStringLiteral("guess"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().toString(), wrongCredentials);
}

void TestAuthenticator::fiveFailures_lockTheAgentOut_evenForTheRightPassword()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    for (int attempt = 1; attempt < Authenticator::maxFailures; ++attempt) {
        auto refused = authenticator.authenticateBlocking(Books::agent, QStringLiteral("guess %1").arg(attempt));
        LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
        QCOMPARE(refused.error().message, wrongCredentials);
    }
    const qint64 before = Ids::nowMs();
    auto fifth = authenticator.authenticateBlocking(Books::agent, QStringLiteral("guess 5"));
    LD_VERIFY_ERROR(fifth, Error::Kind::Forbidden);
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")), qPrintable(fifth.error().message));

    auto stored = AgentRepository(books->db()).find(Books::agent);
    LD_VERIFY_OK(stored);
    QVERIFY(stored->lockedUntilMs >= before + Authenticator::lockoutMs);

    auto rightButLocked = authenticator.authenticateBlocking(Books::agent, Books::password);
    LD_VERIFY_ERROR(rightButLocked, Error::Kind::Forbidden);
    QVERIFY2(rightButLocked.error().message.startsWith(QStringLiteral("Too many wrong passwords")),
        qPrintable(rightButLocked.error().message));

    QSignalSpy succeeded(&authenticator, &Authenticator::succeeded);
    QSignalSpy failed(&authenticator, &Authenticator::failed);
    authenticator.authenticate(Books::agent, Books::password);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("Too many wrong passwords")),
        qPrintable(failed.first().first().toString()));
    QTest::qWait(50);
    QCOMPARE(succeeded.size(), 0);

    // Other agents are not affected.
    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::supervisor, Books::password));

    // When the lock-out has passed, the right password works again.
    LD_VERIFY_OK(
        books->execute(QStringLiteral("UPDATE agents SET locked_until_ms = ? WHERE id = ?"), {Ids::nowMs() - 1, Books::agent}));
    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::agent, Books::password));
}

void TestAuthenticator::aSuccess_resetsTheFailureCount()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    for (int attempt = 1; attempt < Authenticator::maxFailures; ++attempt)
        LD_VERIFY_ERROR(authenticator.authenticateBlocking(Books::agent, QStringLiteral("guess")), Error::Kind::Forbidden);
    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::agent, Books::password));
    auto stored = AgentRepository(books->db()).find(Books::agent);
    LD_VERIFY_OK(stored);
    QCOMPARE(stored->failedLogins, 0);

    for (int attempt = 1; attempt < Authenticator::maxFailures; ++attempt)
        LD_VERIFY_ERROR(authenticator.authenticateBlocking(Books::agent, QStringLiteral("guess")), Error::Kind::Forbidden);
    LD_VERIFY_OK(authenticator.authenticateBlocking(Books::agent, Books::password));
}

void TestAuthenticator::systemAgents_cannotSignIn_data()
{
    QTest::addColumn<QString>("agentId");
    QTest::addColumn<QString>("password");
    QTest::newRow("system") << "system"
                            << "!";
    QTest::newRow("intake") << "intake"
                            << "";
    QTest::newRow("system with a password set") << "system" << Books::password;
}

void TestAuthenticator::systemAgents_cannotSignIn()
{
    QFETCH(QString, agentId);
    QFETCH(QString, password);
    LD_OPEN_BOOKS(books, testBooks());
    if (password == Books::password)
        LD_VERIFY_OK(books->execute(
            QStringLiteral("UPDATE agents SET password_hash = ? WHERE id = ?"), {PasswordHasher::hash(password, 1000), agentId}));
    Authenticator authenticator(books->db());
    auto refused = authenticator.authenticateBlocking(agentId, password);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.endsWith(QLatin1Char('.')), qPrintable(refused.error().message));

    QSignalSpy succeeded(&authenticator, &Authenticator::succeeded);
    QSignalSpy failed(&authenticator, &Authenticator::failed);
    authenticator.authenticate(agentId, password);
    QTRY_COMPARE(failed.size(), 1);
    QTest::qWait(50);
    QCOMPARE(succeeded.size(), 0);
}

void TestAuthenticator::disabledAgent_cannotSignIn()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(books->execute(QStringLiteral("UPDATE agents SET active = 0 WHERE id = ?"), {Books::agent}));
    Authenticator authenticator(books->db());
    auto refused = authenticator.authenticateBlocking(Books::agent, Books::password);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")), qPrintable(refused.error().message));
}

void TestAuthenticator::simultaneousWrongPasswords_allCountTowardsTheLockOut()
{
    LD_OPEN_BOOKS(books, testBooks());
    Authenticator authenticator(books->db());
    QSignalSpy failed(&authenticator, &Authenticator::failed);
    const int attempts = Authenticator::maxFailures + 3;
    for (int attempt = 0; attempt < attempts; ++attempt)
        authenticator.authenticate(Books::agent, QStringLiteral("guess-%1").arg(attempt));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), attempts, 20000);
    auto refused = authenticator.authenticateBlocking(Books::agent, Books::password);
    LD_VERIFY_ERROR(refused, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Too many wrong passwords")), qPrintable(refused.error().message));
}

void TestAuthenticator::simultaneousSignInsFromManyConnections_checkOnlyFiveWrongPasswords()
{
    LD_OPEN_BOOKS(books, testBooks());
    QStringList guesses;
    for (int attempt = 0; attempt < 30; ++attempt)
        guesses << QStringLiteral("guess-%1").arg(attempt);

    const Answers answers = signInAtOnce(books->db().location(), Books::agent, guesses);
    QVERIFY2(answers.other.isEmpty(), qPrintable(answers.other.join(QLatin1Char('\n'))));
    QCOMPARE(answers.signedIn, 0);
    QCOMPARE(answers.wrongPassword, Authenticator::maxFailures - 1);
    QCOMPARE(answers.lockedByThisOne, 1);
    QCOMPARE(answers.refusedAsLocked, int(guesses.size()) - Authenticator::maxFailures);

    Authenticator authenticator(books->db());
    auto rightButLocked = authenticator.authenticateBlocking(Books::agent, Books::password);
    LD_VERIFY_ERROR(rightButLocked, Error::Kind::Forbidden);
    QVERIFY2(rightButLocked.error().message.startsWith(stillLocked), qPrintable(rightButLocked.error().message));
}

void TestAuthenticator::simultaneousGuessesWithTheRightPassword_letItInOnlyAmongTheFirstFive()
{
    LD_OPEN_BOOKS(books, testBooks());
    QStringList passwords;
    for (int attempt = 0; attempt < 29; ++attempt)
        passwords << QStringLiteral("guess-%1").arg(attempt);
    passwords.insert(passwords.size() / 2, Books::password);

    const Answers answers = signInAtOnce(books->db().location(), Books::agent, passwords);
    QVERIFY2(answers.other.isEmpty(), qPrintable(answers.other.join(QLatin1Char('\n'))));
    QCOMPARE(answers.signedIn + answers.wrongPasswordsChecked() + answers.refusedAsLocked, int(passwords.size()));
    Authenticator authenticator(books->db());
    if (answers.signedIn == 0) {
        // Five wrong passwords came first and locked the agent: everything after them, the right
        // password included, was refused unchecked, and it stays locked.
        QCOMPARE(answers.wrongPassword, Authenticator::maxFailures - 1);
        QCOMPARE(answers.lockedByThisOne, 1);
        QCOMPARE(answers.refusedAsLocked, int(passwords.size()) - Authenticator::maxFailures);
        auto rightButLocked = authenticator.authenticateBlocking(Books::agent, Books::password);
        LD_VERIFY_ERROR(rightButLocked, Error::Kind::Forbidden);
        QVERIFY2(rightButLocked.error().message.startsWith(stillLocked), qPrintable(rightButLocked.error().message));
    } else {
        // The right password was among the first five and started the count again: at most four wrong
        // passwords were checked before it and five after it.
        QCOMPARE(answers.signedIn, 1);
        QVERIFY2(answers.wrongPasswordsChecked() <= 2 * Authenticator::maxFailures - 1,
            qPrintable(QStringLiteral("%1 wrong passwords were checked").arg(answers.wrongPasswordsChecked())));
        QVERIFY(answers.lockedByThisOne <= 2);
    }
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestAuthenticator)

#include "tst_authenticator.moc"
