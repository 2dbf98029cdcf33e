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

// The folders of model/, lowest first. A folder may include its own files and those of the folders
// before it, never one after it: every include runs downhill, so no two areas depend on each other.
const QStringList modelLayers {QStringLiteral("core"), QStringLiteral("optimiser"), QStringLiteral("storage"),
    QStringLiteral("settings"), QStringLiteral("agents"), QStringLiteral("queue"), QStringLiteral("commands"),
    QStringLiteral("activity"), QStringLiteral("administration"), QStringLiteral("ledger"), QStringLiteral("clients"),
    QStringLiteral("loans"), QStringLiteral("payments"), QStringLiteral("savings"), QStringLiteral("intake"),
    QStringLiteral("notify"), QStringLiteral("engine"), QStringLiteral("demo"), QStringLiteral("models")};

// The folder an include line of a file in `folder` reaches uphill (or into a folder with no layer);
// empty when the line is no such include.
QString uphillInclude(const QString &folder, const QString &line)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"](?:\\.\\./)*([a-z_]+)/[^>\"]+[>\"]"));
    const auto match = include.match(line);
    if (!match.hasMatch())
        return {};
    const QString target = match.captured(1);
    // A library's header (<openssl/evp.h>) is not one of ours.
    static const QStringList modelFolders = QDir(QDir(QStringLiteral(LEDGERDESK_SOURCE_DIR)).filePath(QStringLiteral("model")))
                                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const bool library = line.contains(QLatin1Char('<')) && !modelFolders.contains(target);
    if (target == folder || library)
        return {};
    const qsizetype from = modelLayers.indexOf(folder);
    const qsizetype to = modelLayers.indexOf(target);
    return to < 0 || from < 0 || to > from ? target : QString();
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
    void layers_recogniseBackEdges_data();
    void layers_recogniseBackEdges();
    void model_everyFolderHasALayer();
    void model_includesRunDownhill();
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

void TestLayering::layers_recogniseBackEdges_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("uphill");

    QTest::newRow("queue reaching activity") << "queue"
                                             << "#include \"activity/activityrepository.h\""
                                             << "activity";
    QTest::newRow("ledger reaching clients") << "ledger"
                                             << "#include \"clients/clientrepository.h\""
                                             << "clients";
    QTest::newRow("settings reaching loans") << "settings"
                                             << "  #  include \"loans/loanterms.h\""
                                             << "loans";
    QTest::newRow("in angle brackets") << "ledger"
                                       << "#include <clients/clientrepository.h>"
                                       << "clients";
    QTest::newRow("through the parent folder") << "ledger"
                                               << "#include \"../clients/clientrepository.h\""
                                               << "clients";
    QTest::newRow("Qt module path") << "ledger"
                                    << "#include <QtCore/QString>"
                                    << "";
    QTest::newRow("into a folder with no layer") << "ledger"
                                                 << "#include \"reports/statement.h\""
                                                 << "reports";
    QTest::newRow("loans reaching ledger") << "loans"
                                           << "#include \"ledger/journal.h\""
                                           << "";
    QTest::newRow("own folder") << "queue"
                                << "#include \"queue/queue.h\""
                                << "";
    QTest::newRow("same folder, no path") << "queue"
                                          << "#include \"queue.h\""
                                          << "";
    QTest::newRow("Qt header") << "queue"
                               << "#include <QSqlQuery>"
                               << "";
    QTest::newRow("a library's header") << "agents"
                                        << "#include <openssl/evp.h>"
                                        << "";
    QTest::newRow("commented out") << "queue"
                                   << "// #include \"activity/activityrepository.h\""
                                   << "";
}

void TestLayering::layers_recogniseBackEdges()
{
    QFETCH(QString, folder);
    QFETCH(QString, line);
    QFETCH(QString, uphill);
    QCOMPARE(uphillInclude(folder, line), uphill);
}

void TestLayering::model_everyFolderHasALayer()
{
    const QDir model(QDir(QStringLiteral(LEDGERDESK_SOURCE_DIR)).filePath(QStringLiteral("model")));
    const QStringList folders = model.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(folders.size() >= 10, qPrintable(QStringLiteral("only %1 folders under %2").arg(folders.size()).arg(model.path())));
    for (const QString &folder : folders)
        QVERIFY2(
            modelLayers.contains(folder), qPrintable(QStringLiteral("model/%1 has no place in the layer order").arg(folder)));
}

void TestLayering::model_includesRunDownhill()
{
    const QDir root(QStringLiteral(LEDGERDESK_SOURCE_DIR));
    const QDir model(root.filePath(QStringLiteral("model")));
    QStringList violations;
    int includes = 0;
    QDirIterator it(model.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString folder = model.relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(QStringLiteral("cannot read ") + path));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (line.trimmed().startsWith(QLatin1String("#include \"")) && line.contains(QLatin1Char('/')))
                ++includes;
            const QString target = uphillInclude(folder, line);
            if (!target.isEmpty())
                violations << QStringLiteral("%1:%2 includes %3, but %4 is not below %5")
                                  .arg(root.relativeFilePath(path))
                                  .arg(lineNumber)
                                  .arg(line.trimmed().section(QLatin1Char('"'), 1, 1), target, folder);
        }
    }
    QVERIFY2(includes >= 100, qPrintable(QStringLiteral("only %1 includes between model folders were seen").arg(includes)));
    QVERIFY2(violations.isEmpty(),
        qPrintable(
            QStringLiteral("back edges between model/ folders (the order is %1):\n").arg(modelLayers.join(QStringLiteral(" <- ")))
            + violations.join(QLatin1Char('\n'))));
}

LEDGERDESK_TEST_MAIN(TestLayering)

#include "tst_layering.moc"
