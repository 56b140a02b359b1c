<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>clinic::ui::AboutDialog</name>
    <message>
        <source>About ClinicDesk</source>
        <translation>Acerca de ClinicDesk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Build %2 · Qt %3 (built with %4) · SQLite %5 · database schema %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Logs&lt;/b&gt;: %8&lt;br&gt;&lt;b&gt;Backups&lt;/b&gt;: %9&lt;br&gt;&lt;b&gt;Device&lt;/b&gt;: %10&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>Type a name, phone or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Cada pocos días</translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> appointments in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>&amp;Book the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Elija primero el paciente.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Elija un profesional.</translation>
    </message>
    <message>
        <source>%1 already has an appointment at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has appointments at %n of these times (first: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Book again to double-book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::BackupTab</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>To restore a backup, close ClinicDesk on this computer and run:&lt;br&gt;&lt;tt&gt;clinicdesk-admin restore --from FILE&lt;/tt&gt;&lt;br&gt;The current database is kept next to it before it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingDocument</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Factura en borrador</translation>
    </message>
    <message>
        <source>(not issued: no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment to print a receipt for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Day by practitioner</source>
        <translation>Día por profesional</translation>
    </message>
    <message>
        <source>Day by room</source>
        <translation>Día por sala</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicProfileTab</name>
    <message>
        <source>Clinic &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN or NIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-6 = Monday to Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save clinic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image ClinicDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic needs a name (it is printed on invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and closing time, such as 09:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days as numbers, 1 = Monday: 1-6 is Monday to Saturday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicalNoteDialog</name>
    <message>
        <source>Amend a signed note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New treatment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found: observation, range of motion, tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment given and the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <source>&amp;Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–&amp;10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save and si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed note stays as it is; this amendment is added to it and shown with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicalNotesPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>amendment, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends the note of an earlier visit (shown in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the invoice is corrected (printed on the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full amount voids the invoice. A credit note cannot be changed once issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DayCalendar</name>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeviceTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Device&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %2 (schema %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync server&lt;/b&gt;: %1%2&lt;br&gt;&lt;b&gt;Changes waiting to be sent&lt;/b&gt;: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its certificate is pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not connected to a sync server.&lt;/b&gt; Everything works on this computer; %1 change(s) are kept to be sent once it is connected.&lt;/p&gt;&lt;p&gt;To connect it, get a one-time enrollment code from the server&apos;s administrator (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;), close ClinicDesk and run:&lt;br&gt;&lt;tt&gt;clinicdesk-sync --db &quot;%2&quot; --server URL --enroll CODE&lt;/tt&gt;&lt;br&gt;then start ClinicDesk again; it syncs in the background from then on.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no clinic yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try ClinicDesk with an invented demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on invoices and receipts; you can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x registration (GSTIN / NIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user; administrators add the other users in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the first practitioner and service. Add more later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (before tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your clinic has a ClinicDesk server, enter its address and the one-time code from its administrator. Leave empty to work on this computer only; you can connect later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address looks like https://name-or-address:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time code from the server&apos;s administrator, or leave the address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the price as a number, like 800 or 800.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlPages</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free &amp;text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit: add a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Issue and take payment</source>
        <translation>&amp;Emitir y cobrar</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceEditorDialog</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>(unknown patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Factura en borrador</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>Invoice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (slip, UPI id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe what is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is a whole number from 1 to 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit price is an amount such as 800 or 800.50, not below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax rate is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1: the amount is an amount such as 500 or 499.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the invoice total of %2. Tick &quot;Keep any excess as credit&quot; or change the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable %1 · Tax %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line: a service or a free text line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceListModel</name>
    <message>
        <source>(deleted patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoicesView</name>
    <message>
        <source>&amp;Owed only</source>
        <translation>Solo &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Abrir borrador</translation>
    </message>
    <message>
        <source>Take &amp;payment (P)</source>
        <translation>Cobrar (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;redit note</source>
        <translation>Factura &amp;rectificativa</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Patient name, phone or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), %1 invoiced, %2 owed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note issued for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::LoginDialog</name>
    <message>
        <source>Sign in to ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is part of a series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and the &amp;following ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s) of the series.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;Acerca de ClinicDesk</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NumberingTab</name>
    <message>
        <source>{series}, {fy} (2026-27), {fy4} (2627) and {number:6} (six digits), with / - . _ between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice series (this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desk needs its own series (for example FD on the front desk, DR on the doctor&apos;s laptop), so that two desks never issue the same number, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has 1 to 4 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · credit notes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering saved: invoices print as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>First &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientFormDialog</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the fields marked above; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a patient you already have: %1. Open the existing record, or press Save again to register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientListModel</name>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientRecordDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Pasadas</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Co&amp;bros</translation>
    </message>
    <message>
        <source>Treatment &amp;notes</source>
        <translation>&amp;Notas clínicas</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar datos</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Debe %1</translation>
    </message>
    <message>
        <source>In credit: %1</source>
        <translation>A favor: %1</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nada pendiente</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientsView</name>
    <message>
        <source>&amp;New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone, file number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a patient. Enter opens a single match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “%1”. Press Enter to register a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; keep typing to narrow them down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::PaymentDialog</name>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Use the patient&apos;s &amp;credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s balance shows %1 of credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advances and overpayments of this patient are applied to this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero, such as 500 or 499.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has no credit to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PriceListTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price before tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax c&amp;ode (SAC/HSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is an amount such as 800 or 799.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100, such as 18 or 5.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk cannot open its database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk has updated its database to this version. A verified copy from before the update was saved to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk could not join the sync server: %1
ClinicDesk works on this computer meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Daily collections</source>
        <translation>Cobros del día</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Ingresos por mes</translation>
    </message>
    <message>
        <source>Revenue by practitioner</source>
        <translation>Ingresos por profesional</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>Ingresos por servicio</translation>
    </message>
    <message>
        <source>Tax collected by rate</source>
        <translation>Impuesto por tipo</translation>
    </message>
    <message>
        <source>Outstanding balances</source>
        <translation>Saldos pendientes</translation>
    </message>
    <message>
        <source>Appointments by practitioner</source>
        <translation>Citas por profesional</translation>
    </message>
    <message>
        <source>Appointments by weekday</source>
        <translation>Citas por día de la semana</translation>
    </message>
    <message>
        <source>New and returning patients</source>
        <translation>Pacientes nuevos y recurrentes</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Procedencia de los pacientes</translation>
    </message>
    <message>
        <source>owed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (invoiced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked / in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ReportsView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>Este ejercicio</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Outstanding balances: double-click a patient to open their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s takings &lt;b&gt;%1&lt;/b&gt; · %2 appointments today (%3 here now, %4 completed) · this month &lt;b&gt;%5&lt;/b&gt; against %6 last month</source>
        <translation>Cobrado hoy &lt;b&gt;%1&lt;/b&gt; · %2 citas hoy (%3 aquí ahora, %4 terminadas) · este mes &lt;b&gt;%5&lt;/b&gt; frente a %6 el mes pasado</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RoomsTab</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SettingsView</name>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Invoice &amp;numbers</source>
        <translation>&amp;Numeración</translation>
    </message>
    <message>
        <source>&amp;Price list</source>
        <translation>&amp;Tarifas</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Salas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Copia de seguridad</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>Este &amp;puesto</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncLogDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark edits as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncStatusLabel</name>
    <message>
        <source>sent %1, received %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server: %1 #%2 (%3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited on two desks at once: %1 #%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to date, %n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: update ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: enroll this desk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: the server refused a request (F5 to retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayView</name>
    <message>
        <source>Keys on the selected appointment: A arrived · R in room · C completed · N no-show · F confirmed · P take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load today&apos;s appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::UsersTab</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator access; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::print</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AdminPage</name>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentMoveCommand</name>
    <message>
        <source>move the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time collides with another booking at %1; the appointment was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentStatusCommand</name>
    <message>
        <source>mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
</TS>
