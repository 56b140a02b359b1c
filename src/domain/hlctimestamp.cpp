#include "clinic/domain/hlctimestamp.h"

namespace clinic::domain {

qint64 HlcTimestamp::pack() const
{
    return (wallMs << 16) | static_cast<qint64>(counter & 0xFFFFu);
}

HlcTimestamp HlcTimestamp::unpack(qint64 packed)
{
    return HlcTimestamp{packed >> 16, static_cast<quint32>(packed & 0xFFFF)};
}

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(wallMs, 18, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'));
}

} // namespace clinic::domain
