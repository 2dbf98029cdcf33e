#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// FUZZ_CHECK(condition, what): a property every input must keep. When it fails, the condition, the
// place and `what` (a QString saying which values broke it) go to stderr and the run aborts, so that
// libFuzzer stores the input as a crash. Unlike Q_ASSERT it holds in every build type.
#define FUZZ_CHECK(condition, what)                                                                                              \
    do {                                                                                                                         \
        if (!(condition))                                                                                                        \
            Ledgerdesk::Fuzz::fail(#condition, __FILE__, __LINE__, what);                                                        \
    } while (false)

namespace Ledgerdesk::Fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &what)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n  %s\n", file, line, condition, what.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// The fuzzer's bytes as a QByteArray (a deep copy: libFuzzer's buffer is only valid during the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Ledgerdesk::Fuzz
