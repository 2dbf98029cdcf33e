#pragma once

#include <QFrame>

class QLabel;

namespace Ledgerdesk {

// A non-modal strip at the top of the window for outcomes and transient trouble. It never blocks
// the agent; a new message replaces the old one.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Success, Error, ReadOnly };

    explicit Banner(QWidget *parent = nullptr);

    void show(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_label;
    Level m_level = Level::Info;
};

} // namespace Ledgerdesk
