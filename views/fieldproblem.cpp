#include "fieldproblem.h"

#include <QLabel>
#include <QVariant>

namespace Ledgerdesk {

void showFieldProblem(QLabel *label, const QString &problem, const QString &hint)
{
    label->setText(problem.isEmpty() ? hint : problem);
    label->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: palette(mid);") : QStringLiteral("color: #b3261e;"));
    label->setProperty("problem", !problem.isEmpty());
}

bool isFieldProblem(const QLabel *label)
{
    return label->property("problem").toBool();
}

} // namespace Ledgerdesk
