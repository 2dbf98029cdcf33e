#include "ids.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace Ledgerdesk::Ids {

namespace {

constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct UlidState
{
    QMutex mutex;
    qint64 lastMs = -1;
    quint64 randomHigh = 0; // top 16 of the 80 random bits
    quint64 randomLow = 0; // low 64 bits
};

UlidState &state()
{
    static UlidState instance;
    return instance;
}

} // namespace

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString next()
{
    UlidState &s = state();
    qint64 ms = nowMs();
    quint64 high = 0;
    quint64 low = 0;
    {
        QMutexLocker lock(&s.mutex);
        if (ms <= s.lastMs) {
            // Same (or an earlier, after a clock step) millisecond: count up from the last id.
            ms = s.lastMs;
            if (++s.randomLow == 0)
                s.randomHigh = (s.randomHigh + 1) & 0xffff;
        } else {
            s.lastMs = ms;
            s.randomHigh = QRandomGenerator::global()->generate() & 0xffff;
            // Leave headroom so that counting up within one millisecond never wraps.
            s.randomLow = QRandomGenerator::global()->generate64() >> 1;
        }
        high = s.randomHigh;
        low = s.randomLow;
    }

    std::array<char, 26> out {};
    // 10 characters of time (50 bits, top 2 always zero for 48-bit time).
    quint64 t = quint64(ms);
    for (int i = 9; i >= 0; --i) {
        out[size_t(i)] = crockford[t & 31];
        t >>= 5;
    }
    // 16 characters of the 80 random bits: high 16 bits then low 64 bits.
    for (int i = 25; i >= 10; --i) {
        out[size_t(i)] = crockford[low & 31];
        low = (low >> 5) | ((high & 31) << 59);
        high >>= 5;
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

} // namespace Ledgerdesk::Ids
