<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>OrderState</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::Config</name>
    <message>
        <source>%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https:// (plain http:// would send passwords and orders unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https://, e.g. https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid address; write it like https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password; secrets belong in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain &quot;?&quot; or &quot;#&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line of text without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like &quot;%1&quot; (the method may be left out), or be empty for the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {%1}; only {id} and {order_num} can be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a comma; write the value in double quotes (&quot;…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must name at least one status, e.g. Done,7.1,7.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each status must be a short code or name, e.g. 7.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder; give a file name, e.g. journal.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must name the stock location, e.g. ShemaxGlobal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be en, ru, or empty to follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each category must be a word of letters, digits, _ . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Odoo address is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Odoo database is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Odoo login is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Ysell address is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::ConfigStore</name>
    <message>
        <source>The file is not UTF-8 text; it does not look like a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains binary data or control characters; the file does not look like a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a section header must look like [name].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is neither a [section] header nor a &quot;key = value&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the key %2 is outside any [section].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2): values starting with @ are not supported; write @@ for a literal @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; it is not a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary copy of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in INI format (sections in [brackets], then key = value lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]: unknown section; known sections are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never read from the configuration file; remove the line and store the secret in the system keychain (settings dialog or &quot;ysell-bridge-cli secret set&quot;) or in the secrets directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown setting; known keys in [%2] are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be password or api_key (the secret itself is never written here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be task-statement or ysell-v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written as yyyy-MM-dd, e.g. 2026-01-31, or empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings: %1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::ConnectionTester</name>
    <message>
        <source>Check the login and the password or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name (Odoo shows it on its login page under “Manage databases”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an Odoo administrator to give your user the rights for stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the company&apos;s CA file on the General tab, or ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Odoo address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, show this message to the Odoo administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API token from your Ysell account again and paste it into the token field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not read orders: ask Ysell support for a token with access to orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Ysell address, e.g. https://company.ysell.pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell is busy; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, but not like the Ysell API: check the address and the route preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, show this message to Ysell support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login of your Odoo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or API key of your Odoo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token from your Ysell account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the routes, or clear them to use the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right file on the General tab, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell answered and accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::CreateFieldsJob</name>
    <message>
        <source>Odoo has no model %1; is the Sales app installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the field %1.%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Odoo user may not create fields. Ask an Odoo administrator to create the fields x_ysell_product_id (on Product Variant), x_ysell_order_id and x_ysell_state (on Sales Order) as text fields, or to give your user the Administration/Settings rights for this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::DirSecretStore</name>
    <message>
        <source>secrets directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory; --secrets-dir needs a directory holding odoo-password and ysell-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets directory %1 can be read or changed by other users; secrets there are refused until you run: chmod 700 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 can be read or changed by other users; it is refused until you run: chmod 600 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is too large to be a password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the secrets directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secret file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the secret file %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the secret file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::HttpClient</name>
    <message>
        <source>The certificate of %1 was issued for a different server name (%2). Check the server address in the settings: it must be the exact name the certificate was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired (it was valid until %2). Ask the server&apos;s administrator to renew it; until then the connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet. Check that this computer&apos;s date and time are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked. Contact the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted on this computer. If your company uses its own certificate authority, add its CA file in the settings; otherwise ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established. Check the server address; if it is correct, ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MiB and was refused. Check the server address and route settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds when connecting. Check the address and the network connection; the bridge will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address in the settings and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port in the settings, and whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the answer arrived; it is not known whether the request was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not valid HTTP. Check the address and port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Check this computer&apos;s network connection; the bridge will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no certificate. Choose the CA certificate file (PEM, usually ending in .pem or .crt) in the settings, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete web address. Enter it like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed. Change “%1” to “https://%2” in the settings; unencrypted connections would expose passwords and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed; “%1” is not one. Enter the address like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::Journal</name>
    <message>
        <source>Could not create the folder %1 for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Ysell Bridge (process %1) is already using the journal %2. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Ysell Bridge is already using the journal %1. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file %1.lock: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (libqsqlite) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Ysell Bridge journal or is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Ysell Bridge (schema %2; this version understands up to %3). Update Ysell Bridge or choose another journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the journal %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging on this file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Ysell Bridge journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 has an older layout (schema %2); start Ysell Bridge once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the journal %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the journal %1 to schema %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the journal %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record an exchange in the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order without a name cannot be stored in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save order %1 in the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add an event to the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the serial numbers of order %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a setting in the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (for example GNOME Keyring, KWallet or KeePassXC with Secret Service must be running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. If it asks for a password, unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::OdooCallJob</name>
    <message>
        <source>The Odoo request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::OdooClient</name>
    <message>
        <source>Odoo refused the login or password/API key for %1. Check both in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::OdooParse</name>
    <message>
        <source>Odoo sent %1 in an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reserved serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pickings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stock locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::OdooRpc</name>
    <message>
        <source>Odoo could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no database named &quot;%1&quot;. Check the database name in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo rejected the request as malformed (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo is busy or unavailable (HTTP %1); the request will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo sent an answer that is not valid JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::OrdersModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Ysell status in the table: code, then its name, e.g. &quot;7.1 Shipped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::SecretStore</name>
    <message>
        <source>Invalid secret name (%1 characters); a name is lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty %1 cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo password or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Ysell token is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Odoo password or API key is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Looked in: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available; secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::SettingsDialog</name>
    <message>
        <source>Ysell Bridge Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://odoo.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clerk@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://company.ysell.pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find order route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell statuses (codes or names, separated by commas) after which an order counts as delivered and its Odoo delivery is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the routes empty to use the preset. Ask Ysell support which routes your account uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell &amp;stock location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo stock location from which deliveries of orders fulfilled by Ysell start (ShemaxGlobal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;operation type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new orders &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Ysell statuses e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve the serial numbers in the Odoo delivery (the delivery then becomes Ready, not Draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the order&apos;s other open delivery that Odoo made at confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for servers with a company certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Ysell Bridge &amp;automatically when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about problems with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that cannot be sent (missing data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending orders to Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking order statuses in Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating deliveries in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to Odoo and Ysell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task statement (task-statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell API v1 (ysell-v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the delivery type of the location&apos;s warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct these settings; nothing has been saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be stored; nothing else has been saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo is ready for Ysell Bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the fields in Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to Ysell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n internal location(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery type(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::SetupCheckJob</name>
    <message>
        <source>Odoo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell fields in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShemaxGlobal location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery operation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an Odoo administrator to give your user the rights, or to do this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login and the password or API key in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name in the settings (it is shown on the Odoo login page under “Manage databases”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Odoo address in the settings and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server certificate, or add its CA file in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, ask the Odoo administrator whether the server is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this message to the Odoo administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem above, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server runs Odoo %1; Ysell Bridge is made for Odoo 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an Odoo 17 server, or ask for a Ysell Bridge version made for Odoo %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in to Odoo failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to database “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Odoo user may not read the list of fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields x_ysell_product_id, x_ysell_order_id and x_ysell_state exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in Odoo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Ysell Bridge create them (needs Odoo Administration rights), or ask an Odoo administrator to create them as text fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no internal location named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the location in Odoo (Inventory → Configuration → Locations), or enter its exact name in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several locations match “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name of the right one (for example %1) in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 belongs to no warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the location under a warehouse in Odoo, so that deliveries can start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 (warehouse %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no standard Customers location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Inventory app is installed in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customers location could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the Customers location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warehouse of the ShemaxGlobal location is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation types could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse of %1 has no delivery operation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Delivery operation type for that warehouse in Odoo (Inventory → Configuration → Operation Types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries will use “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellClient</name>
    <message>
        <source>No Ysell API token is set. Enter the token of the Ysell user in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellJob</name>
    <message>
        <source>No HTTP client was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellParse</name>
    <message>
        <source>Ysell sent an empty answer where order data was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s answer is nested too deeply to be order data. Check the Ysell address and route settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s answer is not valid JSON. Check the Ysell address and route settings; a proxy or login page may be answering instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell sent an order status without a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell sent an order status the bridge cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s answer is not an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s answer has no order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ysell token was refused. Enter a valid API token in the settings (in Ysell it is set on the user, under Settings → Users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell refused access. The Ysell user of this token needs the right to manage orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell does not know the create-order address (HTTP 404). Check the Ysell address and the route preset in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell does not know this order (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell already has an order with this number; the bridge will look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell already has this order (Ysell id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell rejected the order data (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell rejected the order data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell could not understand the request (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell is busy (HTTP %1) and asked to wait %2 seconds; the bridge will try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell is busy (HTTP %1); the bridge will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell had a server problem (HTTP %1) while taking the order; the bridge will look the order up before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell had a server problem (HTTP %1); the bridge will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell redirected the request (HTTP %1) to %2. Check the Ysell address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell accepted the order but its answer could not be read (%1). The bridge will look the order up by its number before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s answer about the order has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell&apos;s list of orders holds something that is not an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell answered the search for order %1 with a list of all orders. Check the find-by-number route in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ysell answered the search for order %1 with order %2. Check the find-by-number route in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellRoute</name>
    <message>
        <source>The Ysell route “%1” is not valid. Write it like “GET /api/v1/order/{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellRoutes</name>
    <message>
        <source>The Ysell route “%1” uses {%2}; only {id} and {order_num} can be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ysell route “%1” must start with a single “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ysell route “%1” uses {%2}, which cannot be filled in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ysell address “%1” with route “%2” does not form a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ysb::YsellStatus</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order without product_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilment error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready on prep centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label print error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBA shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
