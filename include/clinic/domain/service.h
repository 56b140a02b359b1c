#pragma once

#include "clinic/domain/recordmeta.h"

#include <QString>

namespace clinic::domain {

/// An entry of the clinic's price list (e.g. "Physiotherapy session, 45 min").
struct Service
{
    RecordMeta meta;
    QString code;             ///< short unique code, e.g. "PT45"
    QString name;
    int durationMinutes = 30;
    qint64 priceMinor = 0;    ///< price in minor units of the clinic currency, tax exclusive
    int taxRateBp = 0;        ///< tax rate in basis points (1800 = 18%); 0 = exempt
    QString taxCode;          ///< SAC/HSN or local code, may be empty
    bool active = true;
};

} // namespace clinic::domain
