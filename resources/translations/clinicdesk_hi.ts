<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>BillingDocument</name>
    <message>
        <source>File %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not issued: no number yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxable amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance due</source>
        <translation>बकाया राशि</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no payment to print a receipt for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held as credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient balance due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax registration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The number needs a width from 1 to 6 digits, as in {number:6}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown part {%1}: use {series}, {fy}, {fy4} and {number:6}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only {number} takes a width.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The format must contain the number exactly once, as in {number:6}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between the parts use only letters, digits and / - . _</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers in this format reach %1 characters (for example %2); the limit is %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HtmlPages</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free &amp;text line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice &amp;discount %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment taken now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;plit: add a method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue and take payment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumberSeries</name>
    <message>
        <source>A number series has 1 to 4 capital letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series %1 has used all %2 numbers of %3 that its number format allows; choose a format with a wider number in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>First &amp;name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The backup could not be restored; the database is as it was.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClinicDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClinicDesk cannot open its database %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClinicDesk has updated its database to this version. A verified copy from before the update was saved to:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClinicDesk updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk could not join the sync server: %1
ClinicDesk works on this computer meanwhile; connect it later in Settings › This desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Repeat every 1 to 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series has 2 to %1 appointments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the number of appointments or the last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day must be after the first appointment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That would be more than %1 appointments; choose an earlier last day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Daily collections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue by practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue by service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax collected by rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding balances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments by practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments by weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New and returning patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue (invoiced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received (cash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booked / in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::domain::Validator</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a currency (three-letter code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text contains characters that could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text contains control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name can contain letters, spaces, apostrophes, dots and hyphens only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid phone number (e.g. 98765 43210, 612 345 678 or +44 20 7946 0958).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail consent needs an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS or WhatsApp consent needs a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a colour like #3A7BD5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter a name for the room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A login name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please set a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A practitioner user must be linked to a practitioner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code has 1 to 16 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter the service name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duration must be between 5 minutes and 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An appointment cannot last more than a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give a reason for the cancellation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pain score goes from 0 to 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what is charged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the discount as an amount or as a percentage, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount cannot be more than 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount is larger than the line amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the invoice discount as an amount or as a percentage, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice discount is larger than the invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give the reason for the credit note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is more than what is owed. Record the excess as credit or change the amount.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::storage::Connection</name>
    <message>
        <source>The database file %1 is damaged (%2). Restore the latest backup from Settings &gt; Backup, or run 'clinicdesk-admin check' for details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::storage::Repository</name>
    <message>
        <source>The patient does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice does not exist or is not issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow you to see clinical notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy the backup next to the database (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the current database aside; is ClinicDesk still running?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot put the restored database in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot note the restore next to the database (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has no chain hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored hash does not match the document and the one before it: this document, or one before it in the series, was changed, removed or inserted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see or write clinical notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note is signed and cannot be changed. Add an amendment instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a signed note is amended; edit this note directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was written by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database schema is out of date (version %1); open it with migration first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClinicDesk must update the database (schema %1 to %2) but could not save a copy of it first: %3. The file has not been changed; free some disk space or check the folder's permissions and start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the database failed: %1. Each step of an update is all or nothing, so the file is consistent, but it may be only partly updated. A verified copy from before the update is at %2; to go back to it, close ClinicDesk and run 'clinicdesk-admin restore --from "%2"', then use the earlier version of ClinicDesk or contact support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an issued invoice is corrected by a credit note; edit the draft instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit note is larger than what is left of the invoice (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An issued invoice cannot be changed. Issue a credit note to correct it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This invoice is already issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An issued invoice cannot be deleted. Issue a credit note to void it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount to take.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parts of one payment are for one patient, one invoice and one currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a refund in one part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund is more than the credit the patient has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice owes less than that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient has %1 of credit to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit applied from an earlier payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient's credit could not be found in their payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage practitioners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No practitioner / not on an invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free text lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 does not exist (or was deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow you to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the price list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A setting needs a short name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit notes need a series of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change another user's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login name or the password is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::sync::SyncEngine</name>
    <message>
        <source>This desk is not connected to a sync server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the sync settings beside the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update ClinicDesk to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk is no longer allowed to sync; enroll it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this desk's request (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::AboutDialog</name>
    <message>
        <source>About ClinicDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Build %2 · Qt %3 (built with %4) · SQLite %5 · database schema %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Logs&lt;/b&gt;: %8&lt;br&gt;&lt;b&gt;Backups&lt;/b&gt;: %9&lt;br&gt;&lt;b&gt;Device&lt;/b&gt;: %10&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::AmountInput</name>
    <message>
        <source>Enter an amount above zero, such as 500 or 499.50.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, phone or file number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every few days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> appointments in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book the series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has an appointment at %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 already has appointments at %n of these times (first: %2).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Choose another time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Book again to double-book.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentMoveCommand</name>
    <message>
        <source>move the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move the appointments of the series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That time collides with another booking on %1 at %2; nothing was moved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentStatusCommand</name>
    <message>
        <source>mark as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::BackupTab</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never (off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up &amp;automatically every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No automatic backups on this desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next automatic backup is due now; it runs in the background while ClinicDesk is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next automatic backup: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will be restored the next time ClinicDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing and verifying the backup… You can go on working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this desk's data back as it was on %1?

Everything entered on this desk after that and not yet sent to the sync server is lost; what was sent comes back from the server. The current database is kept next to it as .before-restore.

ClinicDesk restores it the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore and close &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore at the next &amp;start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day by practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day by room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::ClinicProfileTab</name>
    <message>
        <source>Clinic &amp;name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tax registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN or NIF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working &amp;days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1-6 = Monday to Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save clinic profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic needs a name (it is printed on invoices).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 120 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening and closing time, such as 09:00-18:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days as numbers, 1 = Monday: 1-6 is Monday to Saturday.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is too large; choose a smaller image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic profile saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::ClinicalNoteDialog</name>
    <message>
        <source>Amend a signed note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New treatment note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the patient reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you found: observation, range of motion, tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment given and the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subjective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain (0–&amp;10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and si&amp;gn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed note stays as it is; this amendment is added to it and shown with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::ClinicalNotesPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amendment, signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amendment, draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subjective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amends the note of an earlier visit (shown in the list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendment of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the invoice is corrected (printed on the note)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit &amp;amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full amount voids the invoice. A credit note cannot be changed once issued.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::DayCalendar</name>
    <message>
        <source>No room</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::DeviceTab</name>
    <message>
        <source>Connect this desk to the clinic's sync server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the computer (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies the next time ClinicDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language of this desk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. This desk now syncs in the background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Device&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %2 (schema %3)&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync server&lt;/b&gt;: %1%2&lt;br&gt;&lt;b&gt;Changes waiting to be sent&lt;/b&gt;: %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (its certificate is pinned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server no longer accepts this desk&lt;/b&gt; (its administrator revoked it, or the server's data was replaced). Get a new one-time code from the administrator and connect again below.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Not connected to a sync server.&lt;/b&gt; Everything works on this computer; %n change(s) are kept to be sent once it is connected. To connect it, enter the server's address and the one-time enrollment code from the server's administrator (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;) below.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not connected to a sync server.&lt;/b&gt; Everything works on this computer; %1 change(s) are kept to be sent once it is connected.&lt;/p&gt;&lt;p&gt;To connect it, get a one-time enrollment code from the server's administrator (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;), close ClinicDesk and run:&lt;br&gt;&lt;tt&gt;clinicdesk-sync --db "%2" --server URL --enroll CODE&lt;/tt&gt;&lt;br&gt;then start ClinicDesk again; it syncs in the background from then on.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::EnrollmentForm</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only for a server with its own (self-signed) certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;desk's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server c&amp;ertificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's address, e.g. https://clinic-server.local:8443.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address looks like https://name-or-address:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the one-time code from the server's administrator, or leave the address empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the one-time code from the server's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give this desk a name the administrator will recognise, e.g. Front desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::FirstRunWizard</name>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no clinic yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set up my clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try ClinicDesk with an invented demo clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on invoices and receipts; you can change it later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;x registration (GSTIN / NIF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first user; administrators add the other users in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat it *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the first practitioner and service. Add more later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price (before tax)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync server (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your clinic has a ClinicDesk server, enter its address and the one-time code from its administrator. Leave empty to work on this computer only; you can connect later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the server details, or leave the address empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the price as a number, like 800 or 800.50.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceEditorDialog</name>
    <message>
        <source>(unknown patient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · seen by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference (slip, UPI id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>describe what is charged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quantity is a whole number from 1 to 10,000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the unit price is an amount such as 800 or 800.50, not below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the discount is a percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tax rate is a percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment %1: the amount is an amount such as 500 or 499.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is more than the invoice total of %2. Tick "Keep any excess as credit" or change the amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxable %1 · Tax %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one line: a service or a free text line.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceListModel</name>
    <message>
        <source>(deleted patient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoicesView</name>
    <message>
        <source>&amp;Owed only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take &amp;payment (P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;redit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient name, phone or file number</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invoice(s), %1 invoiced, %2 owed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note issued for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::LoginDialog</name>
    <message>
        <source>Sign in to ClinicDesk</source>
        <translation>ClinicDesk में साइन इन करें</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>उपयोगकर्ता &amp;नाम</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;साइन इन</translation>
    </message>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk लॉक है</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;अनलॉक करें</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;साइन आउट</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>अपना उपयोगकर्ता नाम और पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड सही नहीं है।</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LogoPicker</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not an image ClinicDesk can read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>ClinicDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>कैलेंडर</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s) of the series.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Moved %n appointment(s) of the series.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1 के रूप में साइन इन (%2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation>ClinicDesk के &amp;बारे में</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>This appointment is part of a series; %n more of its appointments follow it.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This and the &amp;following ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 पंजीकृत।</translation>
    </message>
    <message>
        <source>Appointment booked.</source>
        <translation>अपॉइंटमेंट बुक हुआ।</translation>
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::NumberingTab</name>
    <message>
        <source>{series}, {fy} (2026-27), {fy4} (2627) and {number:6} (six digits), with / - . _ between them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invoice series (this desk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Credit note series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each desk needs its own series (for example FD on the front desk, DR on the doctor's laptop), so that two desks never issue the same number, even offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save numbering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series has 1 to 4 capital letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · credit notes %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbering saved: invoices print as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::PatientFormDialog</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the fields marked above; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This may be a patient you already have: %1. Open the existing record, or press Save again to register a new one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::PatientListModel</name>
    <message>
        <source>Alerts: %1</source>
        <translation>चेतावनियाँ: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>फ़ाइल नं.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientRecordDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment &amp;notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fund credit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>चेतावनियाँ: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In credit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing owed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::PatientsView</name>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;नया मरीज़</translation>
    </message>
    <message>
        <source>Search by name, phone, file number or date of birth</source>
        <translation>नाम, फ़ोन, फ़ाइल नंबर या जन्म तिथि से खोजें</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a patient. Enter opens a single match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient matches “%1”. Press Enter to register a new patient.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; keep typing to narrow them down.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::PaymentDialog</name>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take payment for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the patient's &amp;credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient's balance shows %1 of credit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advances and overpayments of this patient are applied to this invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This patient has no credit to use.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::PractitionersTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">नाम</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use (a column in the calendar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Physiotherapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The practitioner's colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PriceListTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price before tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax c&amp;ode (SAC/HSN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price is an amount such as 800 or 799.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100, such as 18 or 5.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RefundDialog</name>
    <message>
        <source>Refund credit to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. treatment ended, sessions not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::ReportsView</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This fiscal year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding balances: double-click a patient to open their account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's takings &lt;b&gt;%1&lt;/b&gt; · %2 appointments today (%3 here now, %4 completed) · this month &lt;b&gt;%5&lt;/b&gt; against %6 last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::RoomsTab</name>
    <message>
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SettingsView</name>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice &amp;numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prac&amp;titioners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::SyncLogDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refused by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Concurrent edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark edits as reviewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::SyncStatusLabel</name>
    <message>
        <source>sent %1, received %2 changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused by the server: %1 #%2 (%3) %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited on two desks at once: %1 #%2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to a sync server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Up to date, %n change(s) to send</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Sync stopped: update ClinicDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync stopped: enroll this desk again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync stopped: the server refused a request (F5 to retry)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · last sync %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::TodayModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>पहुँचे</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>बकाया राशि</translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayView</name>
    <message>
        <source>Check in: type the patient's name, phone or file number, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys on the selected appointment: A arrived · R in room · C completed · N no-show · F confirmed · P take payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load today's appointments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several of today's appointments match; choose one with the arrow keys and press A.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That patient is already checked in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody booked today matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>clinic::ui::UsersTab</name>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation>चिकित्सक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is practi&amp;tioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot take away your own administrator access; ask another administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved user %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
