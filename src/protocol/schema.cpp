#include "clinic/protocol/schema.h"

namespace clinic::protocol {
namespace {

// Small builders keep the registry readable: one line per column.
/// A column added after the first release: a new row from an older desk may omit it.
FieldSpec withDefault(FieldSpec f)
{
    f.optionalOnCreate = true;
    return f;
}

FieldSpec text(const char *name, int maxLength = 0, QStringList allowed = {})
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Text;
    f.maxLength = maxLength;
    f.allowed = std::move(allowed);
    return f;
}

FieldSpec integer(const char *name, std::optional<qint64> min = {}, std::optional<qint64> max = {},
                  bool nullable = false)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Integer;
    f.min = min;
    f.max = max;
    f.nullable = nullable;
    return f;
}

FieldSpec boolean(const char *name)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Boolean;
    return f;
}

FieldSpec timestamp(const char *name, bool nullable = false)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Timestamp;
    f.nullable = nullable;
    f.min = 0;
    f.max = 253'402'300'799'999LL;  // 9999-12-31T23:59:59.999Z
    return f;
}

FieldSpec date(const char *name)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Date;
    f.nullable = true;
    return f;
}

FieldSpec ref(const char *name, const char *table, bool nullable = false)
{
    FieldSpec f;
    f.name = QLatin1String(name);
    f.type = FieldType::Reference;
    f.refTable = QLatin1String(table);
    f.nullable = nullable;
    return f;
}

constexpr qint64 kMaxMoney = 100'000'000'000LL;

QStringList list(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QLatin1String(v);
    return out;
}

} // namespace

const FieldSpec *TableSpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const Schema &Schema::instance()
{
    static const Schema schema;
    return schema;
}

const FieldSpec *TableSpec::field(std::string_view key) const
{
    for (const FieldSpec &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const TableSpec *Schema::table(const QString &name) const
{
    for (const TableSpec &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Schema::Schema()
{
    const QStringList statuses = list({"booked", "confirmed", "arrived", "in_room", "completed", "no_show", "cancelled"});
    m_tables = {
        {QStringLiteral("practitioners"), 0,
         {text("name", 100), text("title", 100), text("colour", 7), text("phone", 32), text("email", 254),
          text("registration_no", 64), boolean("active")}},
        {QStringLiteral("rooms"), 0, {text("name", 100), boolean("active")}},
        {QStringLiteral("services"), 0,
         {text("code", 16), text("name", 200), integer("duration_minutes", 5, 1440), integer("price_minor", 0, kMaxMoney),
          integer("tax_rate_bp", 0, 10000), text("tax_code", 16), boolean("active")}},
        {QStringLiteral("patients"), 0,
         {text("patient_number", 32), text("first_name", 100), text("last_name", 100), date("date_of_birth"),
          text("sex", 0, list({"unknown", "female", "male", "other"})), text("phone", 32), text("alt_phone", 32),
          text("email", 254), text("address", 200), text("city", 100), text("postal_code", 16), text("national_id", 32),
          text("referral_source", 200), text("alerts", 2000), boolean("consent_sms"), boolean("consent_whatsapp"),
          boolean("consent_email"), boolean("archived")}},
        {QStringLiteral("users"), 1,
         {text("login", 32), text("display_name", 100), text("password_hash", 200),
          text("role", 0, list({"reception", "practitioner", "admin"})), ref("practitioner_id", "practitioners", true),
          boolean("active")}},
        {QStringLiteral("appointments"), 2,
         {ref("patient_id", "patients"), ref("practitioner_id", "practitioners"), ref("room_id", "rooms", true),
          ref("service_id", "services", true), timestamp("start_at"), timestamp("end_at"), text("status", 0, statuses),
          timestamp("arrived_at", true), text("cancel_reason", 200), ref("cancelled_by", "users", true),
          timestamp("cancelled_at", true), text("notes", 2000), text("series_id", 64)}},
        {QStringLiteral("clinical_notes"), 3,
         {ref("patient_id", "patients"), ref("practitioner_id", "practitioners"), ref("appointment_id", "appointments", true),
          ref("amends_note_id", "clinical_notes", true), text("subjective"), text("objective"), text("assessment"),
          text("plan"), integer("pain_score", 0, 10, true), timestamp("signed_at", true), ref("signed_by", "users", true)},
         true},
        {QStringLiteral("invoices"), 3,
         {ref("patient_id", "patients"), ref("practitioner_id", "practitioners", true),
          ref("appointment_id", "appointments", true), text("status", 0, list({"draft", "issued"})), text("series", 4),
          text("fiscal_year", 7), integer("number", 1, 999999, true), text("number_text", 16), timestamp("issued_at", true),
          text("currency", 3), text("notes", 2000), integer("subtotal_minor", -kMaxMoney, kMaxMoney),
          integer("discount_minor", 0, kMaxMoney), integer("tax_minor", -kMaxMoney, kMaxMoney),
          integer("total_minor", -kMaxMoney, kMaxMoney), withDefault(text("chain_hash", 64)),
          withDefault(integer("invoice_discount_minor", 0, kMaxMoney)), withDefault(integer("invoice_discount_bp", 0, 10000))}},
        {QStringLiteral("invoice_lines"), 4,
         {ref("invoice_id", "invoices"), integer("position", 0, 10000), ref("service_id", "services", true),
          text("description", 200), integer("quantity", 1, 10000), integer("unit_price_minor", 0, kMaxMoney),
          integer("discount_minor", 0, kMaxMoney), integer("discount_bp", 0, 10000), integer("tax_rate_bp", 0, 10000),
          text("tax_code", 16), integer("gross_minor", 0, kMaxMoney * 10000), integer("net_minor", -kMaxMoney * 10000, kMaxMoney * 10000),
          integer("tax_minor", -kMaxMoney * 10000, kMaxMoney * 10000), integer("total_minor", -kMaxMoney * 10000, kMaxMoney * 10000),
          withDefault(integer("invoice_discount_minor", 0, kMaxMoney * 10000))}},
        {QStringLiteral("payments"), 4,
         {ref("patient_id", "patients"), ref("invoice_id", "invoices", true), text("kind", 0, list({"payment", "refund"})),
          text("method", 0, list({"cash", "card", "upi", "bank_transfer", "other"})), integer("amount_minor", 1, kMaxMoney),
          text("currency", 3), text("reference", 100), timestamp("received_at"), ref("received_by", "users", true),
          text("notes", 2000)}},
        {QStringLiteral("credit_notes"), 4,
         {ref("invoice_id", "invoices"), ref("patient_id", "patients"), text("series", 4), text("fiscal_year", 7),
          integer("number", 1, 999999), text("number_text", 16), timestamp("issued_at"), text("currency", 3),
          text("reason", 200), integer("subtotal_minor", -kMaxMoney, kMaxMoney), integer("tax_minor", -kMaxMoney, kMaxMoney),
          integer("total_minor", 1, kMaxMoney), withDefault(text("chain_hash", 64))}},
        {QStringLiteral("audit_log"), 5,
         {timestamp("at"), ref("user_id", "users", true), text("device_id", 64), text("table_name", 64),
          integer("row_id", 0), text("action", 0, list({"insert", "update", "delete"})), text("changes", 200000)}},
    };
    for (TableSpec &t : m_tables) {
        for (FieldSpec &f : t.fields)
            f.key = f.name.toStdString();
    }
}

} // namespace clinic::protocol
