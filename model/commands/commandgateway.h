#pragma once

#include <QJsonObject>
#include <QObject>

namespace Ledgerdesk {

class CommandExecutor;

// Where the views send an agent's commands. It stamps each command as a message of the signed-in
// agent, has it applied, and reports the outcome by signal, so a view shows the result (or the
// failure as a sentence) without knowing how the command travels. Lives on the GUI thread.
class CommandGateway : public QObject
{
    Q_OBJECT

public:
    CommandGateway(CommandExecutor &executor, QString agentId, QObject *parent = nullptr);

    const QString &agentId() const { return m_agentId; }

    // Sends one command; returns its message id. applied() or failed() follows with that id.
    QString submit(const QString &type, const QJsonObject &payload);

Q_SIGNALS:
    void applied(const QString &messageId, const QString &type, const QJsonObject &result);
    void failed(const QString &messageId, const QString &type, const QString &message);
    // The books changed: item models re-read what they show.
    void booksChanged();

private:
    CommandExecutor &m_executor;
    QString m_agentId;
};

} // namespace Ledgerdesk
