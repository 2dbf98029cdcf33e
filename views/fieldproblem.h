#pragma once

#include <QString>

class QLabel;

namespace Ledgerdesk {

// The line under a form field: the problem in red when there is one, else a quiet hint. Its
// "problem" property tells tests and callers which it is showing.
void showFieldProblem(QLabel *label, const QString &problem, const QString &hint);
bool isFieldProblem(const QLabel *label);

} // namespace Ledgerdesk
