<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BillingDocument</name>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
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
        <translation>(sin emitir: aún no tiene número)</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exento</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation>Impuesto %1 sobre %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation>Rectifica la factura %1 del %2</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total abonado</translation>
    </message>
    <message>
        <source>There is no payment to print a receipt for.</source>
        <translation>No hay ningún pago del que imprimir un recibo.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Recibo de devolución</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>for invoice %1</source>
        <translation>por la factura %1</translation>
    </message>
    <message>
        <source>held as credit</source>
        <translation>guardado como saldo a favor</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total devuelto</translation>
    </message>
    <message>
        <source>Total received</source>
        <translation>Total recibido</translation>
    </message>
    <message>
        <source>Patient balance due</source>
        <translation>Saldo pendiente del paciente</translation>
    </message>
    <message>
        <source>Patient credit</source>
        <translation>Saldo a favor del paciente</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
    <message>
        <source>Tax registration: %1</source>
        <translation>Registro fiscal: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The number needs a width from 1 to 6 digits, as in {number:6}.</source>
        <translation>El número necesita un ancho de 1 a 6 dígitos, como en {number:6}.</translation>
    </message>
    <message>
        <source>Unknown part {%1}: use {series}, {fy}, {fy4} and {number:6}.</source>
        <translation>Parte desconocida {%1}: use {series}, {fy}, {fy4} y {number:6}.</translation>
    </message>
    <message>
        <source>Only {number} takes a width.</source>
        <translation>Solo {number} admite un ancho.</translation>
    </message>
    <message>
        <source>The format must contain the number exactly once, as in {number:6}.</source>
        <translation>El formato debe contener el número exactamente una vez, como en {number:6}.</translation>
    </message>
    <message>
        <source>Between the parts use only letters, digits and / - . _</source>
        <translation>Entre las partes use solo letras, dígitos y / - . _</translation>
    </message>
    <message>
        <source>Numbers in this format reach %1 characters (for example %2); the limit is %3.</source>
        <translation>Los números con este formato llegan a %1 caracteres (por ejemplo %2); el límite es %3.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
</context>
<context>
    <name>HtmlPages</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Free &amp;text line</source>
        <translation>Línea de &amp;texto libre</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>Invoice &amp;discount %</source>
        <translation>&amp;Descuento de factura %</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Payment taken now</source>
        <translation>Pago cobrado ahora</translation>
    </message>
    <message>
        <source>S&amp;plit: add a method</source>
        <translation>&amp;Dividir: añadir un método</translation>
    </message>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation>&amp;Guardar el exceso como saldo a favor</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Imprimir r&amp;ecibo</translation>
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
    <name>NumberSeries</name>
    <message>
        <source>A number series has 1 to 4 capital letters or digits.</source>
        <translation>Una serie de numeración tiene de 1 a 4 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation>El ejercicio fiscal empieza en un mes del 1 al 12.</translation>
    </message>
    <message>
        <source>Series %1 has used all %2 numbers of %3 that its number format allows; choose a format with a wider number in Settings.</source>
        <translation>La serie %1 ha usado los %2 números de %3 que permite su formato; elija en Ajustes un formato con un número más ancho.</translation>
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
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Other phone</source>
        <translation>&amp;Otro teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>&amp;File number</source>
        <translation>Nº de &amp;historia</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Derivado por</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>Ale&amp;rtas</translation>
    </message>
    <message>
        <source>SMS reminders</source>
        <translation>Recordatorios por SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Abrir el existente</translation>
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
<context>
    <name>QObject</name>
    <message>
        <source>The backup could not be restored; the database is as it was.
%1</source>
        <translation>No se pudo restaurar la copia; la base de datos sigue como estaba.
%1</translation>
    </message>
    <message>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The database as it was before is kept as %2.</source>
        <translation>Se restauró la copia %1. La base de datos anterior se guarda como %2.</translation>
    </message>
    <message>
        <source>ClinicDesk cannot open its database %1:
%2</source>
        <translation>ClinicDesk no puede abrir su base de datos %1:
%2</translation>
    </message>
    <message>
        <source>ClinicDesk has updated its database to this version. A verified copy from before the update was saved to:
%1</source>
        <translation>ClinicDesk ha actualizado su base de datos a esta versión. Se guardó una copia verificada de antes de la actualización en:
%1</translation>
    </message>
    <message>
        <source>ClinicDesk updated</source>
        <translation>ClinicDesk actualizado</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Servidor de sincronización</translation>
    </message>
    <message>
        <source>This desk could not join the sync server: %1
ClinicDesk works on this computer meanwhile; connect it later in Settings › This desk.</source>
        <translation>Este puesto no pudo unirse al servidor de sincronización: %1
Mientras tanto, ClinicDesk funciona en este ordenador; conéctelo más tarde en Configuración › Este puesto.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Guardar %1 como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Repeat every 1 to 365 days.</source>
        <translation>Repetir cada 1 a 365 días.</translation>
    </message>
    <message>
        <source>A series has 2 to %1 appointments.</source>
        <translation>Una serie tiene de 2 a %1 citas.</translation>
    </message>
    <message>
        <source>Give the number of appointments or the last day.</source>
        <translation>Indique el número de citas o el último día.</translation>
    </message>
    <message>
        <source>The last day must be after the first appointment.</source>
        <translation>El último día debe ser posterior a la primera cita.</translation>
    </message>
    <message>
        <source>That would be more than %1 appointments; choose an earlier last day.</source>
        <translation>Serían más de %1 citas; elija un último día anterior.</translation>
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
        <translation>adeudado el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Cobrado por</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Revenue (invoiced)</source>
        <translation>Ingresos (facturados)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Received (cash)</source>
        <translation>Cobrado (caja)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Tasa de cancelación</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Returning patients</source>
        <translation>Pacientes recurrentes</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>Neto cobrado</translation>
    </message>
    <message>
        <source>Booked / in progress</source>
        <translation>Reservadas / en curso</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recurrentes</translation>
    </message>
</context>
<context>
    <name>clinic::domain::Validator</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>El tipo impositivo debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>Choose a currency (three-letter code).</source>
        <translation>Elija una moneda (código de tres letras).</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>Este texto es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>This text contains characters that could not be read.</source>
        <translation>Este texto contiene caracteres que no se pudieron leer.</translation>
    </message>
    <message>
        <source>This text contains control characters.</source>
        <translation>Este texto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>Un nombre no puede contener dígitos.</translation>
    </message>
    <message>
        <source>A name can contain letters, spaces, apostrophes, dots and hyphens only.</source>
        <translation>Un nombre solo puede contener letras, espacios, apóstrofos, puntos y guiones.</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>Escriba un número de teléfono.</translation>
    </message>
    <message>
        <source>This is not a valid phone number (e.g. 98765 43210, 612 345 678 or +44 20 7946 0958).</source>
        <translation>No es un número de teléfono válido (p. ej. 98765 43210, 612 345 678 o +44 20 7946 0958).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>No es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>La fecha de nacimiento es de hace más de 130 años.</translation>
    </message>
    <message>
        <source>E-mail consent needs an e-mail address.</source>
        <translation>El consentimiento por correo necesita una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>SMS or WhatsApp consent needs a phone number.</source>
        <translation>El consentimiento por SMS o WhatsApp necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>Choose a colour like #3A7BD5.</source>
        <translation>Elija un color como #3A7BD5.</translation>
    </message>
    <message>
        <source>Please enter a name for the room.</source>
        <translation>Escriba un nombre para la sala.</translation>
    </message>
    <message>
        <source>A login name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Please set a password.</source>
        <translation>Establezca una contraseña.</translation>
    </message>
    <message>
        <source>A practitioner user must be linked to a practitioner.</source>
        <translation>Un usuario profesional debe estar vinculado a un profesional.</translation>
    </message>
    <message>
        <source>A code has 1 to 16 letters or digits.</source>
        <translation>Un código tiene de 1 a 16 letras o dígitos.</translation>
    </message>
    <message>
        <source>Please enter the service name.</source>
        <translation>Escriba el nombre del servicio.</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 24 hours.</source>
        <translation>La duración debe estar entre 5 minutos y 24 horas.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Elija una hora de inicio.</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>Elija una hora de fin.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>La cita debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>An appointment cannot last more than a day.</source>
        <translation>Una cita no puede durar más de un día.</translation>
    </message>
    <message>
        <source>Please give a reason for the cancellation.</source>
        <translation>Indique el motivo de la cancelación.</translation>
    </message>
    <message>
        <source>The pain score goes from 0 to 10.</source>
        <translation>El dolor se puntúa de 0 a 10.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>Describe what is charged.</source>
        <translation>Describa lo que se cobra.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>La cantidad es demasiado grande.</translation>
    </message>
    <message>
        <source>Give the discount as an amount or as a percentage, not both.</source>
        <translation>Indique el descuento como importe o como porcentaje, no ambos.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Un descuento no puede ser negativo.</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%.</source>
        <translation>Un descuento no puede superar el 100 %.</translation>
    </message>
    <message>
        <source>The discount is larger than the line amount.</source>
        <translation>El descuento es mayor que el importe de la línea.</translation>
    </message>
    <message>
        <source>Give the invoice discount as an amount or as a percentage, not both.</source>
        <translation>Indique el descuento de factura como importe o como porcentaje, no ambos.</translation>
    </message>
    <message>
        <source>The invoice discount is larger than the invoice.</source>
        <translation>El descuento de factura es mayor que la factura.</translation>
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation>Indique la fecha del pago.</translation>
    </message>
    <message>
        <source>Please give the reason for the credit note.</source>
        <translation>Indique el motivo de la nota de crédito.</translation>
    </message>
    <message>
        <source>The amount is more than what is owed. Record the excess as credit or change the amount.</source>
        <translation>El importe supera lo adeudado. Guarde el exceso como saldo a favor o cambie el importe.</translation>
    </message>
</context>
<context>
    <name>clinic::storage::Connection</name>
    <message>
        <source>The database file %1 is damaged (%2). Restore the latest backup from Settings &gt; Backup, or run 'clinicdesk-admin check' for details.</source>
        <translation>El archivo de base de datos %1 está dañado (%2). Restaure la última copia de seguridad desde Ajustes &gt; Copias de seguridad, o ejecute 'clinicdesk-admin check' para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>clinic::storage::Repository</name>
    <message>
        <source>The patient does not exist.</source>
        <translation>El paciente no existe.</translation>
    </message>
    <message>
        <source>The invoice does not exist or is not issued.</source>
        <translation>La factura no existe o no está emitida.</translation>
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation>El registro de %1 no existe.</translation>
    </message>
    <message>
        <source>Your role does not allow you to see clinical notes.</source>
        <translation>Su función no le permite ver las notas clínicas.</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation>La copia de seguridad %1 no superó la comprobación de integridad: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>No se puede escribir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database (%1).</source>
        <translation>No se puede copiar la copia de seguridad junto a la base de datos (%1).</translation>
    </message>
    <message>
        <source>Cannot move the current database aside; is ClinicDesk still running?</source>
        <translation>No se puede apartar la base de datos actual; ¿sigue abierto ClinicDesk?</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place.</source>
        <translation>No se puede colocar la base de datos restaurada.</translation>
    </message>
    <message>
        <source>Cannot note the restore next to the database (%1).</source>
        <translation>No se puede anotar la restauración junto a la base de datos (%1).</translation>
    </message>
    <message>
        <source>The document has no chain hash.</source>
        <translation>El documento no tiene hash de cadena.</translation>
    </message>
    <message>
        <source>The stored hash does not match the document and the one before it: this document, or one before it in the series, was changed, removed or inserted.</source>
        <translation>El hash guardado no coincide con el documento y el anterior: este documento, o uno anterior de la serie, se modificó, eliminó o insertó.</translation>
    </message>
    <message>
        <source>see or write clinical notes</source>
        <translation>ver o escribir notas clínicas</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>This note is signed and cannot be changed. Add an amendment instead.</source>
        <translation>Esta nota está firmada y no se puede cambiar. Añada una enmienda.</translation>
    </message>
    <message>
        <source>Only a signed note is amended; edit this note directly.</source>
        <translation>Solo se enmienda una nota firmada; edite esta nota directamente.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Una nota firmada no se puede eliminar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it. The file has not been changed.</source>
        <translation>Esta base de datos la escribió una versión más reciente de ClinicDesk (esquema %1; esta versión conoce hasta el %2). Actualice ClinicDesk para abrirla. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The database schema is out of date (version %1); open it with migration first.</source>
        <translation>El esquema de la base de datos está desactualizado (versión %1); ábrala primero con migración.</translation>
    </message>
    <message>
        <source>ClinicDesk must update the database (schema %1 to %2) but could not save a copy of it first: %3. The file has not been changed; free some disk space or check the folder's permissions and start again.</source>
        <translation>ClinicDesk debe actualizar la base de datos (esquema %1 a %2) pero no pudo guardar antes una copia: %3. El archivo no se ha modificado; libere espacio en disco o revise los permisos de la carpeta y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Updating the database failed: %1. Each step of an update is all or nothing, so the file is consistent, but it may be only partly updated. A verified copy from before the update is at %2; to go back to it, close ClinicDesk and run 'clinicdesk-admin restore --from "%2"', then use the earlier version of ClinicDesk or contact support.</source>
        <translation>La actualización de la base de datos falló: %1. Cada paso de una actualización se hace entero o no se hace, así que el archivo es coherente, aunque puede estar actualizado solo en parte. Hay una copia verificada de antes de la actualización en %2; para volver a ella, cierre ClinicDesk y ejecute 'clinicdesk-admin restore --from "%2"', y use la versión anterior de ClinicDesk o contacte con soporte.</translation>
    </message>
    <message>
        <source>Only an issued invoice is corrected by a credit note; edit the draft instead.</source>
        <translation>Solo una factura emitida se rectifica con una nota de crédito; edite el borrador.</translation>
    </message>
    <message>
        <source>The credit note is larger than what is left of the invoice (%1).</source>
        <translation>La nota de crédito supera lo que queda de la factura (%1).</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed. Issue a credit note to correct it.</source>
        <translation>Una factura emitida no se puede cambiar. Emita una nota de crédito para rectificarla.</translation>
    </message>
    <message>
        <source>This invoice is already issued.</source>
        <translation>Esta factura ya está emitida.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Una factura necesita al menos una línea.</translation>
    </message>
    <message>
        <source>An issued invoice cannot be deleted. Issue a credit note to void it.</source>
        <translation>Una factura emitida no se puede eliminar. Emita una nota de crédito para anularla.</translation>
    </message>
    <message>
        <source>Enter an amount to take.</source>
        <translation>Introduzca un importe a cobrar.</translation>
    </message>
    <message>
        <source>The parts of one payment are for one patient, one invoice and one currency.</source>
        <translation>Las partes de un pago son para un paciente, una factura y una moneda.</translation>
    </message>
    <message>
        <source>Record a refund in one part.</source>
        <translation>Registre una devolución en una sola parte.</translation>
    </message>
    <message>
        <source>The refund is more than the credit the patient has.</source>
        <translation>La devolución supera el saldo a favor del paciente.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>The invoice owes less than that.</source>
        <translation>La factura debe menos que eso.</translation>
    </message>
    <message>
        <source>The patient has %1 of credit to apply.</source>
        <translation>El paciente tiene %1 de saldo a favor para aplicar.</translation>
    </message>
    <message>
        <source>Credit applied from an earlier payment.</source>
        <translation>Saldo a favor aplicado de un pago anterior.</translation>
    </message>
    <message>
        <source>The patient's credit could not be found in their payments.</source>
        <translation>No se encontró el saldo a favor del paciente en sus pagos.</translation>
    </message>
    <message>
        <source>manage practitioners</source>
        <translation>gestionar profesionales</translation>
    </message>
    <message>
        <source>No practitioner / not on an invoice</source>
        <translation>Sin profesional / fuera de factura</translation>
    </message>
    <message>
        <source>Free text lines</source>
        <translation>Líneas de texto libre</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Notas de crédito</translation>
    </message>
    <message>
        <source>The %1 does not exist (or was deleted).</source>
        <translation>El registro de %1 no existe (o se eliminó).</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>El registro ya no existe.</translation>
    </message>
    <message>
        <source>Your role does not allow you to %1.</source>
        <translation>Su función no le permite %1.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>manage rooms</source>
        <translation>gestionar salas</translation>
    </message>
    <message>
        <source>change the price list</source>
        <translation>cambiar la lista de precios</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>A setting needs a short name.</source>
        <translation>Un ajuste necesita un nombre corto.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>El valor es demasiado largo.</translation>
    </message>
    <message>
        <source>Credit notes need a series of their own.</source>
        <translation>Las notas de crédito necesitan su propia serie.</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>change another user's password</source>
        <translation>cambiar la contraseña de otro usuario</translation>
    </message>
    <message>
        <source>The login name or the password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
</context>
<context>
    <name>clinic::sync::SyncEngine</name>
    <message>
        <source>This desk is not connected to a sync server.</source>
        <translation>Este puesto no está conectado a un servidor de sincronización.</translation>
    </message>
    <message>
        <source>The local database is not open.</source>
        <translation>La base de datos local no está abierta.</translation>
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation>El registro del puesto falló.</translation>
    </message>
    <message>
        <source>Cannot save the sync settings beside the database.</source>
        <translation>No se pueden guardar los ajustes de sincronización junto a la base de datos.</translation>
    </message>
    <message>
        <source>Update ClinicDesk to sync.</source>
        <translation>Actualice ClinicDesk para sincronizar.</translation>
    </message>
    <message>
        <source>This desk is no longer allowed to sync; enroll it again.</source>
        <translation>Este puesto ya no puede sincronizar; vuelva a registrarlo.</translation>
    </message>
    <message>
        <source>The server refused this desk's request (HTTP %1).</source>
        <translation>El servidor rechazó la petición de este puesto (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AboutDialog</name>
    <message>
        <source>About ClinicDesk</source>
        <translation>Acerca de ClinicDesk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Build %2 · Qt %3 (built with %4) · SQLite %5 · database schema %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Logs&lt;/b&gt;: %8&lt;br&gt;&lt;b&gt;Backups&lt;/b&gt;: %9&lt;br&gt;&lt;b&gt;Device&lt;/b&gt;: %10&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Compilación %2 · Qt %3 (compilado con %4) · SQLite %5 · esquema de base de datos %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Registros&lt;/b&gt;: %8&lt;br&gt;&lt;b&gt;Copias de seguridad&lt;/b&gt;: %9&lt;br&gt;&lt;b&gt;Dispositivo&lt;/b&gt;: %10&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AmountInput</name>
    <message>
        <source>Enter an amount above zero, such as 500 or 499.50.</source>
        <translation>Introduzca un importe mayor que cero, como 500 o 499.50.</translation>
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
        <translation>Escriba un nombre, teléfono o nº de historia</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <translation>cada </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> appointments in all</source>
        <translation> citas en total</translation>
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
        <translation>&amp;Reservar la serie</translation>
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
        <translation>%1 ya tiene una cita a las %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has appointments at %n of these times (first: %2).</source>
        <translation>
            <numerusform>%1 ya tiene una cita en %n de estas horas (primera: %2).</numerusform>
            <numerusform>%1 ya tiene citas en %n de estas horas (primera: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another time.</source>
        <translation>Elija otra hora.</translation>
    </message>
    <message>
        <source>Press Book again to double-book.</source>
        <translation>Pulse Reservar otra vez para reservar igualmente.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentMoveCommand</name>
    <message>
        <source>move the appointment</source>
        <translation>mover la cita</translation>
    </message>
    <message>
        <source>move the appointments of the series</source>
        <translation>mover las citas de la serie</translation>
    </message>
    <message>
        <source>That time collides with another booking on %1 at %2; nothing was moved.</source>
        <translation>Esa hora coincide con otra cita el %1 a las %2; no se ha movido nada.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentStatusCommand</name>
    <message>
        <source>mark as %1</source>
        <translation>marcar como %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::BackupTab</name>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>never (off)</source>
        <translation>nunca (desactivado)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Back up &amp;automatically every</source>
        <translation>Copia &amp;automática cada</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Conservar las últimas</translation>
    </message>
    <message>
        <source>Backups are written to %1</source>
        <translation>Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <source>No automatic backups on this desk.</source>
        <translation>Este puesto no hace copias automáticas.</translation>
    </message>
    <message>
        <source>The next automatic backup is due now; it runs in the background while ClinicDesk is open.</source>
        <translation>Toca ahora la próxima copia automática; se hace en segundo plano mientras ClinicDesk está abierto.</translation>
    </message>
    <message>
        <source>The next automatic backup: %1.</source>
        <translation>Próxima copia automática: %1.</translation>
    </message>
    <message>
        <source>%1 will be restored the next time ClinicDesk starts.</source>
        <translation>%1 se restaurará la próxima vez que se inicie ClinicDesk.</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Ya se está escribiendo una copia.</translation>
    </message>
    <message>
        <source>Writing and verifying the backup… You can go on working.</source>
        <translation>Escribiendo y verificando la copia… Puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Copia de seguridad guardada y verificada: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Put this desk's data back as it was on %1?

Everything entered on this desk after that and not yet sent to the sync server is lost; what was sent comes back from the server. The current database is kept next to it as .before-restore.

ClinicDesk restores it the next time it starts.</source>
        <translation>¿Devolver los datos de este puesto a como estaban el %1?

Se pierde todo lo introducido en este puesto después y aún no enviado al servidor de sincronización; lo enviado vuelve del servidor. La base de datos actual se guarda a su lado como .before-restore.

ClinicDesk la restaura la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Restore and close &amp;now</source>
        <translation>Restaurar y cerrar &amp;ahora</translation>
    </message>
    <message>
        <source>Restore at the next &amp;start</source>
        <translation>Restaurar en el próximo &amp;inicio</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Esta copia no se puede restaurar: %1</translation>
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
        <translation>Semana del %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicProfileTab</name>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nombre de la clínica *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Tax registration</source>
        <translation>&amp;Registro fiscal</translation>
    </message>
    <message>
        <source>GSTIN or NIF</source>
        <translation>GSTIN o NIF</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation>El ejercicio &amp;fiscal empieza en</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>Working &amp;days</source>
        <translation>&amp;Días laborables</translation>
    </message>
    <message>
        <source>1-6 = Monday to Saturday</source>
        <translation>1-6 = de lunes a sábado</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>&amp;Save clinic profile</source>
        <translation>&amp;Guardar el perfil de la clínica</translation>
    </message>
    <message>
        <source>The clinic needs a name (it is printed on invoices).</source>
        <translation>La clínica necesita un nombre (se imprime en las facturas).</translation>
    </message>
    <message>
        <source>At most 120 characters.</source>
        <translation>Como máximo 120 caracteres.</translation>
    </message>
    <message>
        <source>Opening and closing time, such as 09:00-18:00.</source>
        <translation>Hora de apertura y de cierre, como 09:00-18:00.</translation>
    </message>
    <message>
        <source>Days as numbers, 1 = Monday: 1-6 is Monday to Saturday.</source>
        <translation>Días como números, 1 = lunes: 1-6 es de lunes a sábado.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>The logo is too large; choose a smaller image.</source>
        <translation>El logotipo es demasiado grande; elija una imagen más pequeña.</translation>
    </message>
    <message>
        <source>Clinic profile saved.</source>
        <translation>Perfil de la clínica guardado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicalNoteDialog</name>
    <message>
        <source>Amend a signed note</source>
        <translation>Enmendar una nota firmada</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>New treatment note</source>
        <translation>Nueva nota de tratamiento</translation>
    </message>
    <message>
        <source>What the patient reports</source>
        <translation>Lo que refiere el paciente</translation>
    </message>
    <message>
        <source>What you found: observation, range of motion, tests</source>
        <translation>Lo que encontró: observación, rango de movimiento, pruebas</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Su valoración</translation>
    </message>
    <message>
        <source>Treatment given and the plan</source>
        <translation>Tratamiento aplicado y plan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>P&amp;ractitioner</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <source>&amp;Subjective</source>
        <translation>&amp;Subjetivo</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Pain (0–&amp;10)</source>
        <translation>Dolor (0–&amp;10)</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save and si&amp;gn</source>
        <translation>Guardar y fir&amp;mar</translation>
    </message>
    <message>
        <source>The signed note stays as it is; this amendment is added to it and shown with it.</source>
        <translation>La nota firmada queda como está; esta enmienda se le añade y se muestra con ella.</translation>
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
        <translation>Dolor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>enmienda, firmada</translation>
    </message>
    <message>
        <source>amendment, draft</source>
        <translation>enmienda, borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Firmada %1</translation>
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation>Borrador: aún sin firmar</translation>
    </message>
    <message>
        <source>Amends the note of an earlier visit (shown in the list).</source>
        <translation>Enmienda la nota de una visita anterior (se muestra en la lista).</translation>
    </message>
    <message>
        <source>Amendment of %1</source>
        <translation>Enmienda de %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Nota de crédito de %1</translation>
    </message>
    <message>
        <source>Why the invoice is corrected (printed on the note)</source>
        <translation>Por qué se rectifica la factura (se imprime en la nota)</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la factura</translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation>Aún sin abonar</translation>
    </message>
    <message>
        <source>Credit &amp;amount</source>
        <translation>&amp;Importe a abonar</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>&amp;Emitir nota de crédito</translation>
    </message>
    <message>
        <source>The full amount voids the invoice. A credit note cannot be changed once issued.</source>
        <translation>El importe total anula la factura. Una nota de crédito no se puede cambiar una vez emitida.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DayCalendar</name>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeviceTab</name>
    <message>
        <source>Connect this desk to the clinic's sync server</source>
        <translation>Conectar este puesto al servidor de sincronización de la clínica</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>As the computer</source>
        <translation>Como el ordenador</translation>
    </message>
    <message>
        <source>As the computer (%1)</source>
        <translation>Como el ordenador (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time ClinicDesk starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie ClinicDesk.</translation>
    </message>
    <message>
        <source>&amp;Language of this desk:</source>
        <translation>&amp;Idioma de este puesto:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Connected. This desk now syncs in the background.</source>
        <translation>Conectado. Este puesto se sincroniza ahora en segundo plano.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Device&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %2 (schema %3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dispositivo&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Base de datos&lt;/b&gt;: %2 (esquema %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync server&lt;/b&gt;: %1%2&lt;br&gt;&lt;b&gt;Changes waiting to be sent&lt;/b&gt;: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Servidor de sincronización&lt;/b&gt;: %1%2&lt;br&gt;&lt;b&gt;Cambios pendientes de enviar&lt;/b&gt;: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (its certificate is pinned)</source>
        <translation> (su certificado está fijado)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server no longer accepts this desk&lt;/b&gt; (its administrator revoked it, or the server's data was replaced). Get a new one-time code from the administrator and connect again below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El servidor ya no acepta este puesto&lt;/b&gt; (su administrador lo revocó, o se reemplazaron los datos del servidor). Pida al administrador un nuevo código de un solo uso y vuelva a conectar abajo.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Not connected to a sync server.&lt;/b&gt; Everything works on this computer; %n change(s) are kept to be sent once it is connected. To connect it, enter the server's address and the one-time enrollment code from the server's administrator (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;) below.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Sin conexión a un servidor de sincronización.&lt;/b&gt; Todo funciona en este ordenador; se guarda %n cambio para enviarlo cuando esté conectado. Para conectarlo, escriba abajo la dirección del servidor y el código de alta de un solo uso del administrador del servidor (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;).&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;&lt;b&gt;Sin conexión a un servidor de sincronización.&lt;/b&gt; Todo funciona en este ordenador; se guardan %n cambios para enviarlos cuando esté conectado. Para conectarlo, escriba abajo la dirección del servidor y el código de alta de un solo uso del administrador del servidor (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;).&lt;/p&gt;</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not connected to a sync server.&lt;/b&gt; Everything works on this computer; %1 change(s) are kept to be sent once it is connected.&lt;/p&gt;&lt;p&gt;To connect it, get a one-time enrollment code from the server's administrator (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;), close ClinicDesk and run:&lt;br&gt;&lt;tt&gt;clinicdesk-sync --db "%2" --server URL --enroll CODE&lt;/tt&gt;&lt;br&gt;then start ClinicDesk again; it syncs in the background from then on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No conectado a un servidor de sincronización.&lt;/b&gt; Todo funciona en este ordenador; se guardan %1 cambio(s) para enviarlos cuando se conecte.&lt;/p&gt;&lt;p&gt;Para conectarlo, pida un código de registro de un solo uso al administrador del servidor (&lt;tt&gt;clinicdesk-server admin create-enrollment&lt;/tt&gt;), cierre ClinicDesk y ejecute:&lt;br&gt;&lt;tt&gt;clinicdesk-sync --db "%2" --server URL --enroll CÓDIGO&lt;/tt&gt;&lt;br&gt;y vuelva a iniciar ClinicDesk; desde entonces sincroniza en segundo plano.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>clinic::ui::EnrollmentForm</name>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>only for a server with its own (self-signed) certificate</source>
        <translation>solo para un servidor con certificado propio (autofirmado)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The server's certificate</source>
        <translation>El certificado del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Código de un solo uso</translation>
    </message>
    <message>
        <source>This &amp;desk's name</source>
        <translation>&amp;Nombre de este puesto</translation>
    </message>
    <message>
        <source>Server c&amp;ertificate</source>
        <translation>C&amp;ertificado del servidor</translation>
    </message>
    <message>
        <source>Enter the server's address, e.g. https://clinic-server.local:8443.</source>
        <translation>Escriba la dirección del servidor, p. ej. https://clinic-server.local:8443.</translation>
    </message>
    <message>
        <source>The server address looks like https://name-or-address:port.</source>
        <translation>La dirección del servidor tiene la forma https://nombre-o-dirección:puerto.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the server's administrator, or leave the address empty.</source>
        <translation>Escriba el código de un solo uso del administrador del servidor, o deje vacía la dirección.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the server's administrator.</source>
        <translation>Escriba el código de un solo uso del administrador del servidor.</translation>
    </message>
    <message>
        <source>Give this desk a name the administrator will recognise, e.g. Front desk.</source>
        <translation>Dé a este puesto un nombre que el administrador reconozca, p. ej. Recepción.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>No se puede leer este archivo.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>Este archivo no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::FirstRunWizard</name>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>La contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation>Bienvenido a ClinicDesk</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This computer has no clinic yet.</source>
        <translation>Este ordenador aún no tiene ninguna clínica.</translation>
    </message>
    <message>
        <source>&amp;Set up my clinic</source>
        <translation>&amp;Configurar mi clínica</translation>
    </message>
    <message>
        <source>&amp;Try ClinicDesk with an invented demo clinic</source>
        <translation>&amp;Probar ClinicDesk con una clínica de demostración inventada</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
    <message>
        <source>Printed on invoices and receipts; you can change it later in Settings.</source>
        <translation>Se imprime en facturas y recibos; puede cambiarlo después en Ajustes.</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nombre de la clínica *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Ta&amp;x registration (GSTIN / NIF)</source>
        <translation>Re&amp;gistro fiscal (GSTIN / NIF)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in</source>
        <translation>El ejercicio &amp;fiscal empieza en</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logotipo (opcional)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>The first user; administrators add the other users in Settings.</source>
        <translation>El primer usuario; los administradores añaden los demás usuarios en Ajustes.</translation>
    </message>
    <message>
        <source>Your &amp;name *</source>
        <translation>Su &amp;nombre *</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>Nombre de &amp;usuario *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Contraseña *</translation>
    </message>
    <message>
        <source>&amp;Repeat it *</source>
        <translation>&amp;Repítala *</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Optional: the first practitioner and service. Add more later in Settings.</source>
        <translation>Opcional: el primer profesional y el primer servicio. Añada más después en Ajustes.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Price (before tax)</source>
        <translation>Precio (sin impuestos)</translation>
    </message>
    <message>
        <source>Sync server (optional)</source>
        <translation>Servidor de sincronización (opcional)</translation>
    </message>
    <message>
        <source>If your clinic has a ClinicDesk server, enter its address and the one-time code from its administrator. Leave empty to work on this computer only; you can connect later.</source>
        <translation>Si su clínica tiene un servidor ClinicDesk, escriba su dirección y el código de un solo uso de su administrador. Déjelo vacío para trabajar solo en este ordenador; puede conectarlo más tarde.</translation>
    </message>
    <message>
        <source>Correct the server details, or leave the address empty.</source>
        <translation>Corrija los datos del servidor, o deje vacía la dirección.</translation>
    </message>
    <message>
        <source>Write the price as a number, like 800 or 800.50.</source>
        <translation>Escriba el precio como un número, como 800 u 800.50.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceEditorDialog</name>
    <message>
        <source>(unknown patient)</source>
        <translation>(paciente desconocido)</translation>
    </message>
    <message>
        <source> · seen by %1</source>
        <translation> · atendido por %1</translation>
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
        <translation>Factura para %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Reference (slip, UPI id)</source>
        <translation>Referencia (ticket, id de UPI)</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Línea %1: </translation>
    </message>
    <message>
        <source>describe what is charged.</source>
        <translation>describa lo que se cobra.</translation>
    </message>
    <message>
        <source>the quantity is a whole number from 1 to 10,000.</source>
        <translation>la cantidad es un número entero de 1 a 10.000.</translation>
    </message>
    <message>
        <source>the unit price is an amount such as 800 or 800.50, not below zero.</source>
        <translation>el precio unitario es un importe como 800 u 800.50, no menor que cero.</translation>
    </message>
    <message>
        <source>the discount is a percentage from 0 to 100.</source>
        <translation>el descuento es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>the tax rate is a percentage from 0 to 100.</source>
        <translation>el tipo impositivo es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>Payment %1: the amount is an amount such as 500 or 499.50.</source>
        <translation>Pago %1: el importe es una cantidad como 500 o 499.50.</translation>
    </message>
    <message>
        <source>%1 is more than the invoice total of %2. Tick "Keep any excess as credit" or change the amount.</source>
        <translation>%1 supera el total de la factura, %2. Marque «Guardar el exceso como saldo a favor» o cambie el importe.</translation>
    </message>
    <message>
        <source>Taxable %1 · Tax %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Base %1 · Impuesto %2 · &lt;b&gt;Total %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add at least one line: a service or a free text line.</source>
        <translation>Añada al menos una línea: un servicio o una línea de texto libre.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InvoiceListModel</name>
    <message>
        <source>(deleted patient)</source>
        <translation>(paciente eliminado)</translation>
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
        <translation>Nombre, teléfono o nº de historia del paciente</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), %1 invoiced, %2 owed</source>
        <translation>
            <numerusform>%n factura, %1 facturado, %2 adeudado</numerusform>
            <numerusform>%n facturas, %1 facturado, %2 adeudado</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitida %1.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation>Pago registrado en %1.</translation>
    </message>
    <message>
        <source>Credit note issued for %1.</source>
        <translation>Nota de crédito emitida para %1.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Cannot create the PDF</source>
        <translation>No se puede crear el PDF</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LoginDialog</name>
    <message>
        <source>Sign in to ClinicDesk</source>
        <translation>Iniciar sesión en ClinicDesk</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LogoPicker</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image ClinicDesk can read.</source>
        <translation>Este archivo no es una imagen que ClinicDesk pueda leer.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
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
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Motivo de la cancelación:</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n appointment(s) of the series.</source>
        <translation>
            <numerusform>Cancelada %n cita de la serie.</numerusform>
            <numerusform>Canceladas %n citas de la serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>Mover la cita</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n appointment(s) of the series.</source>
        <translation>
            <numerusform>Movida %n cita de la serie.</numerusform><numerusform>Movidas %n citas de la serie.</numerusform></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
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
    <message numerus="yes">
        <source>This appointment is part of a series; %n more of its appointments follow it.</source>
        <translation>
            <numerusform>Esta cita forma parte de una serie; le sigue %n cita más.</numerusform><numerusform>Esta cita forma parte de una serie; le siguen %n citas más.</numerusform></translation>
    </message>
    <message>
        <source>Only &amp;this one</source>
        <translation>Solo &amp;esta</translation>
    </message>
    <message>
        <source>This and the &amp;following ones</source>
        <translation>Esta y las &amp;siguientes</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>Registrado %1.</translation>
    </message>
    <message>
        <source>Appointment booked.</source>
        <translation>Cita reservada.</translation>
    </message>
    <message>
        <source>Payment recorded on %1.</source>
        <translation>Pago registrado en %1.</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>Emitida %1.</translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation>Borrador de factura guardado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NumberingTab</name>
    <message>
        <source>{series}, {fy} (2026-27), {fy4} (2627) and {number:6} (six digits), with / - . _ between them</source>
        <translation>{series}, {fy} (2026-27), {fy4} (2627) y {number:6} (seis dígitos), con / - . _ entre ellos</translation>
    </message>
    <message>
        <source>&amp;Invoice series (this desk)</source>
        <translation>Serie de &amp;facturas (este puesto)</translation>
    </message>
    <message>
        <source>&amp;Credit note series</source>
        <translation>Serie de &amp;notas de crédito</translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation>&amp;Formato del número</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Se imprime como</translation>
    </message>
    <message>
        <source>Each desk needs its own series (for example FD on the front desk, DR on the doctor's laptop), so that two desks never issue the same number, even offline.</source>
        <translation>Cada puesto necesita su propia serie (por ejemplo FD en recepción, DR en el portátil del médico), para que dos puestos nunca emitan el mismo número, ni siquiera sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Save numbering</source>
        <translation>&amp;Guardar la numeración</translation>
    </message>
    <message>
        <source>A series has 1 to 4 capital letters or digits.</source>
        <translation>Una serie tiene de 1 a 4 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>Credit notes: %1</source>
        <translation>Notas de crédito: %1</translation>
    </message>
    <message>
        <source>%1 · credit notes %2</source>
        <translation>%1 · notas de crédito %2</translation>
    </message>
    <message>
        <source>Numbering saved: invoices print as %1.</source>
        <translation>Numeración guardada: las facturas se imprimen como %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientFormDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Escriba la fecha como dd/mm/aaaa.</translation>
    </message>
    <message>
        <source>Please correct the fields marked above; nothing was saved.</source>
        <translation>Corrija los campos marcados arriba; no se guardó nada.</translation>
    </message>
    <message>
        <source>This may be a patient you already have: %1. Open the existing record, or press Save again to register a new one.</source>
        <translation>Puede que este paciente ya exista: %1. Abra la ficha existente, o pulse Guardar otra vez para registrar uno nuevo.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientListModel</name>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>Nº de historia</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientRecordDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <translation>Método</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
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
        <source>Re&amp;fund credit…</source>
        <translation>&amp;Devolver el saldo a favor…</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido el %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>historia %1</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>saldo a favor</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>devolución</translation>
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
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>Search by name, phone, file number or date of birth</source>
        <translation>Buscar por nombre, teléfono, nº de historia o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Type to find a patient. Enter opens a single match.</source>
        <translation>Escriba para encontrar un paciente. Intro abre una única coincidencia.</translation>
    </message>
    <message>
        <source>No patient matches “%1”. Press Enter to register a new patient.</source>
        <translation>Ningún paciente coincide con «%1». Pulse Intro para registrar un paciente nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n matches; keep typing to narrow them down.</source>
        <translation>
            <numerusform>Se muestra la primera coincidencia; siga escribiendo para acotar.</numerusform>
            <numerusform>Se muestran las primeras %n coincidencias; siga escribiendo para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n paciente encontrado.</numerusform>
            <numerusform>%n pacientes encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::PaymentDialog</name>
    <message>
        <source>&amp;Keep any excess as credit</source>
        <translation>&amp;Guardar el exceso como saldo a favor</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Imprimir r&amp;ecibo</translation>
    </message>
    <message>
        <source>Take payment for %1</source>
        <translation>Cobrar a %1</translation>
    </message>
    <message>
        <source>Use the patient's &amp;credit</source>
        <translation>Usar el &amp;saldo a favor del paciente</translation>
    </message>
    <message>
        <source>The patient's balance shows %1 of credit.</source>
        <translation>El saldo del paciente muestra %1 a su favor.</translation>
    </message>
    <message>
        <source>Advances and overpayments of this patient are applied to this invoice.</source>
        <translation>Los anticipos y pagos en exceso de este paciente se aplican a esta factura.</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>This patient has no credit to use.</source>
        <translation>Este paciente no tiene saldo a favor que usar.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PractitionersTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>In use (a column in the calendar)</source>
        <translation>En uso (una columna en la agenda)</translation>
    </message>
    <message>
        <source>e.g. Physiotherapist</source>
        <translation>p. ej. Fisioterapeuta</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>C&amp;olor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Corr&amp;eo</translation>
    </message>
    <message>
        <source>&amp;Registration no.</source>
        <translation>N.º de &amp;colegiado</translation>
    </message>
    <message>
        <source>Ne&amp;w practitioner</source>
        <translation>N&amp;uevo profesional</translation>
    </message>
    <message>
        <source>&amp;Save practitioner</source>
        <translation>&amp;Guardar profesional</translation>
    </message>
    <message>
        <source>The practitioner's colour</source>
        <translation>El color del profesional</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PriceListTab</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>&amp;Price before tax</source>
        <translation>&amp;Precio sin impuestos</translation>
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation>Tipo de &amp;impuesto %</translation>
    </message>
    <message>
        <source>Tax c&amp;ode (SAC/HSN)</source>
        <translation>Código &amp;fiscal (SAC/HSN)</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Nuevo servicio</translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation>&amp;Guardar servicio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The price is an amount such as 800 or 799.50.</source>
        <translation>El precio es un importe como 800 o 799.50.</translation>
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100, such as 18 or 5.5.</source>
        <translation>El tipo impositivo es un porcentaje de 0 a 100, como 18 o 5.5.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RefundDialog</name>
    <message>
        <source>Refund credit to %1</source>
        <translation>Devolver el saldo a favor a %1</translation>
    </message>
    <message>
        <source>e.g. treatment ended, sessions not used</source>
        <translation>p. ej. tratamiento terminado, sesiones no usadas</translation>
    </message>
    <message>
        <source>Credit held</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferencia</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Devolver</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ReportsView</name>
    <message>
        <source>Working…</source>
        <translation>Calculando…</translation>
    </message>
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
        <translation>Saldos pendientes: haga doble clic en un paciente para abrir su cuenta.</translation>
    </message>
    <message>
        <source>Today's takings &lt;b&gt;%1&lt;/b&gt; · %2 appointments today (%3 here now, %4 completed) · this month &lt;b&gt;%5&lt;/b&gt; against %6 last month</source>
        <translation>Cobrado hoy &lt;b&gt;%1&lt;/b&gt; · %2 citas hoy (%3 aquí ahora, %4 terminadas) · este mes &lt;b&gt;%5&lt;/b&gt; frente a %6 el mes pasado</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>El inicio del periodo es posterior a su final.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RoomsTab</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;New room</source>
        <translation>&amp;Nueva sala</translation>
    </message>
    <message>
        <source>&amp;Save room</source>
        <translation>&amp;Guardar sala</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
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
        <source>Prac&amp;titioners</source>
        <translation>Pro&amp;fesionales</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Registro de sincronización</translation>
    </message>
    <message>
        <source>&amp;Refused by the server</source>
        <translation>&amp;Rechazados por el servidor</translation>
    </message>
    <message>
        <source>&amp;Concurrent edits</source>
        <translation>&amp;Ediciones simultáneas</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <source>&amp;Mark edits as reviewed</source>
        <translation>&amp;Marcar las ediciones como revisadas</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncStatusLabel</name>
    <message>
        <source>sent %1, received %2 changes</source>
        <translation>enviados %1, recibidos %2 cambios</translation>
    </message>
    <message>
        <source>refused by the server: %1 #%2 (%3) %4</source>
        <translation>rechazado por el servidor: %1 #%2 (%3) %4</translation>
    </message>
    <message>
        <source>edited on two desks at once: %1 #%2, %3</source>
        <translation>editado en dos puestos a la vez: %1 #%2, %3</translation>
    </message>
    <message>
        <source>Not connected to a sync server</source>
        <translation>No conectado a un servidor de sincronización</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message numerus="yes">
        <source>Up to date, %n change(s) to send</source>
        <translation>
            <numerusform>Al día, %n cambio por enviar</numerusform>
            <numerusform>Al día, %n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión, %n cambio en espera</numerusform>
            <numerusform>Sin conexión, %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: update ClinicDesk</source>
        <translation>Sincronización detenida: actualice ClinicDesk</translation>
    </message>
    <message>
        <source>Sync stopped: enroll this desk again</source>
        <translation>Sincronización detenida: vuelva a registrar este puesto</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused a request (F5 to retry)</source>
        <translation>Sincronización detenida: el servidor rechazó una petición (F5 para reintentar)</translation>
    </message>
    <message>
        <source> · last sync %1</source>
        <translation> · última sincronización %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
        <translation>Saldo pendiente</translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayView</name>
    <message>
        <source>Check in: type the patient's name, phone or file number, then Enter</source>
        <translation>Registrar llegada: escriba el nombre, el teléfono o el n.º de ficha del paciente y pulse Intro</translation>
    </message>
    <message>
        <source>Keys on the selected appointment: A arrived · R in room · C completed · N no-show · F confirmed · P take payment</source>
        <translation>Teclas sobre la cita seleccionada: A llegó · R en sala · C completada · N no se presentó · F confirmada · P cobrar</translation>
    </message>
    <message>
        <source>Could not load today's appointments: %1</source>
        <translation>No se pudieron cargar las citas de hoy: %1</translation>
    </message>
    <message>
        <source>Checked in %1.</source>
        <translation>Llegada registrada: %1.</translation>
    </message>
    <message>
        <source>Several of today's appointments match; choose one with the arrow keys and press A.</source>
        <translation>Coinciden varias citas de hoy; elija una con las flechas y pulse A.</translation>
    </message>
    <message>
        <source>That patient is already checked in.</source>
        <translation>Ese paciente ya ha llegado.</translation>
    </message>
    <message>
        <source>Nobody booked today matches “%1”.</source>
        <translation>Nadie citado hoy coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>clinic::ui::UsersTab</name>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Puede entrar</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Is practi&amp;tioner</source>
        <translation>Es pr&amp;ofesional</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Guardar usuario</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>déjelo vacío para mantener la contraseña</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>al menos 10 caracteres</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator access; ask another administrator.</source>
        <translation>No puede quitarse su propio acceso de administrador; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>Saved user %1.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
</context>
</TS>
