#include "support/backendtest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Modules whose headers the core must never include: #include <QtWidgets/...> compiles even in a
// Core-only target, so only this check catches it.
const QStringList guiModules {QStringLiteral("qtgui"), QStringLiteral("qtwidgets"), QStringLiteral("qtcharts"),
    QStringLiteral("qtprintsupport"), QStringLiteral("qtsvg"), QStringLiteral("qtsvgwidgets"), QStringLiteral("qtopengl"),
    QStringLiteral("qtopenglwidgets"), QStringLiteral("qtquick"), QStringLiteral("qtpdf")};

// GUI classes by header name (lower case), for includes written without their module.
const QStringList guiClasses
    = QStringLiteral("qwidget qpainter qcolor qicon qpixmap qimage qfont qfontmetrics qfontdatabase qapplication qguiapplication "
                     "qpdfwriter qtextdocument qtextcursor qbrush qpen qpalette qcursor qclipboard qdesktopservices qkeysequence "
                     "qaction qstandarditemmodel qvalidator qintvalidator qdoublevalidator qregularexpressionvalidator qscreen "
                     "qwindow qpaintdevice qpagelayout qpagesize qprinter qmainwindow qdialog qmessagebox qlabel qpushbutton "
                     "qtableview qtreeview qlistview qabstractitemview qstyleditemdelegate qchart qchartview qlegend qbarset "
                     "qpieslice qtransform qpolygon qpainterpath qsvgrenderer qsvggenerator qopenglwidget")
          .split(QLatin1Char(' '));

// Why an #include line pulls a GUI header into the core; empty when it does not.
QString forbiddenInclude(const QString &line)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    // Widgets, chart series and axes by naming pattern (no QtCore class ends like these).
    static const QRegularExpression guiPattern(QStringLiteral("^q\\w*(widget|series|axis)$"));
    const auto match = include.match(line);
    if (!match.hasMatch())
        return {};
    const QString header = match.captured(1).trimmed().toLower();
    const QString module = header.section(QLatin1Char('/'), 0, 0);
    if (header.contains(QLatin1Char('/')) && guiModules.contains(module))
        return QStringLiteral("a header of the GUI module ") + match.captured(1).section(QLatin1Char('/'), 0, 0);
    if (guiModules.contains(header))
        return QStringLiteral("the whole GUI module ") + match.captured(1);
    QString name = header.section(QLatin1Char('/'), -1);
    if (name.endsWith(QLatin1String(".h")))
        name.chop(2);
    if (guiClasses.contains(name) || guiPattern.match(name).hasMatch())
        return QStringLiteral("the GUI class header ") + match.captured(1);
    return {};
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matcher_recognisesGuiIncludes_data();
    void matcher_recognisesGuiIncludes();
    void model_includesNoGuiHeaders();
    void model_linksNoGuiModule();
};

void TestLayering::matcher_recognisesGuiIncludes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("forbidden");

    QTest::newRow("QWidget") << "#include <QWidget>" << true;
    QTest::newRow("widgets module path") << "#include <QtWidgets/QTableView>" << true;
    QTest::newRow("whole widgets module") << "#include <QtWidgets>" << true;
    QTest::newRow("gui module, lower-case header") << "#  include <QtGui/qcolor.h>" << true;
    QTest::newRow("quoted painter") << "#include \"QPainter\"" << true;
    QTest::newRow("lower-case header") << "#include <qpixmap.h>" << true;
    QTest::newRow("charts module") << "#include <QtCharts/QChartView>" << true;
    QTest::newRow("chart") << "#include <QChart>" << true;
    QTest::newRow("chart series") << "#include <QLineSeries>" << true;
    QTest::newRow("chart axis") << "#include <QValueAxis>" << true;
    QTest::newRow("print support") << "#include <QtPrintSupport/QPrinter>" << true;
    QTest::newRow("pdf writer") << "#include <QPdfWriter>" << true;
    QTest::newRow("text document") << "#include <QTextDocument>" << true;
    QTest::newRow("gui application") << "#include <QGuiApplication>" << true;
    QTest::newRow("colour, indented") << "    #include <QColor>" << true;
    QTest::newRow("icon") << "#include <QIcon>" << true;
    QTest::newRow("font") << "#include <QFont>" << true;
    QTest::newRow("image") << "#include <QImage>" << true;
    QTest::newRow("any widget") << "#include <QLineEditWidget>" << true;

    QTest::newRow("QString") << "#include <QString>" << false;
    QTest::newRow("core module path") << "#include <QtCore/QString>" << false;
    QTest::newRow("item model") << "#include <QAbstractTableModel>" << false;
    QTest::newRow("string view") << "#include <QStringView>" << false;
    QTest::newRow("sql") << "#include <QSqlQuery>" << false;
    QTest::newRow("network") << "#include <QNetworkAccessManager>" << false;
    QTest::newRow("own header") << "#include \"storage/database.h\"" << false;
    QTest::newRow("own header named like a class") << "#include \"models/activitymodel.h\"" << false;
    QTest::newRow("commented out") << "// #include <QWidget>" << false;
    QTest::newRow("not an include") << "QWidget *widget = nullptr;" << false;
    QTest::newRow("standard library") << "#include <functional>" << false;
}

void TestLayering::matcher_recognisesGuiIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, forbidden);
    const QString reason = forbiddenInclude(line);
    QVERIFY2(reason.isEmpty() != forbidden,
        qPrintable(line + QStringLiteral(" -> ") + (reason.isEmpty() ? QStringLiteral("allowed") : reason)));
}

void TestLayering::model_includesNoGuiHeaders()
{
    const QDir root(QStringLiteral(LEDGERDESK_SOURCE_DIR));
    const QString modelDir = root.filePath(QStringLiteral("model"));
    QVERIFY2(QFileInfo(modelDir).isDir(), qPrintable(QStringLiteral("no model folder at ") + modelDir));

    QStringList violations;
    int files = 0;
    QDirIterator it(modelDir, {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cc")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(QStringLiteral("cannot read ") + path));
        ++files;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            const QString reason = forbiddenInclude(line);
            if (!reason.isEmpty())
                violations << QStringLiteral("%1:%2: %3 (%4)")
                                  .arg(root.relativeFilePath(path))
                                  .arg(lineNumber)
                                  .arg(line.trimmed(), reason);
        }
    }
    // A walk that found nothing to check proves nothing.
    QVERIFY2(files >= 20, qPrintable(QStringLiteral("only %1 source files under %2").arg(files).arg(modelDir)));
    QVERIFY2(violations.isEmpty(),
        qPrintable(QStringLiteral("model/ must not use QtGui, QtWidgets, QtCharts or QtPrintSupport:\n")
            + violations.join(QLatin1Char('\n'))));
}

void TestLayering::model_linksNoGuiModule()
{
    const QString path = QDir(QStringLiteral(LEDGERDESK_SOURCE_DIR)).filePath(QStringLiteral("model/CMakeLists.txt"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(QStringLiteral("cannot read ") + path));
    static const QRegularExpression guiTarget(QStringLiteral("Qt6?::(Gui|Widgets|Charts|PrintSupport|Svg|OpenGL|Quick|Pdf)\\b"));
    QStringList violations;
    int lineNumber = 0;
    bool linksCore = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        ++lineNumber;
        const QString code = line.section(QLatin1Char('#'), 0, 0);
        if (code.contains(QStringLiteral("Qt6::Core")))
            linksCore = true;
        if (guiTarget.match(code).hasMatch())
            violations << QStringLiteral("model/CMakeLists.txt:%1: %2").arg(lineNumber).arg(line.trimmed());
    }
    QVERIFY2(linksCore, "model/CMakeLists.txt does not link Qt6::Core; is this the right file?");
    QVERIFY2(
        violations.isEmpty(), qPrintable(QStringLiteral("the model links a GUI module:\n") + violations.join(QLatin1Char('\n'))));
}

LEDGERDESK_TEST_MAIN(TestLayering)

#include "tst_layering.moc"
