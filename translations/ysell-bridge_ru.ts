<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>NotificationCategory</name>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="21"/>
        <source>Orders that cannot be sent (missing data)</source>
        <translation>с заказами, которые нельзя отправить (не хватает данных)</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="22"/>
        <source>Sending orders to Ysell</source>
        <translation>с отправкой заказов в Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="24"/>
        <source>Checking order statuses in Ysell</source>
        <translation>с проверкой статусов заказов в Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="26"/>
        <source>Creating deliveries in Odoo</source>
        <translation>с созданием доставок в Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="28"/>
        <source>Connections to Odoo and Ysell</source>
        <translation>с подключением к Odoo и Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="30"/>
        <source>Passwords and tokens that Odoo or Ysell refuse</source>
        <translation>с паролями и токенами, которые Odoo или Ysell не принимают</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="32"/>
        <source>Writing the journal on this computer</source>
        <translation>с записью журнала на этом компьютере</translation>
    </message>
    <message>
        <location filename="../src/core/sync/NotificationCategory.cpp" line="34"/>
        <source>Odoo setup (missing Ysell fields)</source>
        <translation>с настройкой Odoo (нет полей Ysell)</translation>
    </message>
</context>
<context>
    <name>OrderPayload</name>
    <message>
        <location filename="../src/core/sync/OrderPayload.cpp" line="195"/>
        <source>Serial numbers shipped by Ysell: %1</source>
        <translation>Серийные номера, отправленные Ysell: %1</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="42"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="43"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="44"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="45"/>
        <source>Sent to Ysell</source>
        <translation>Отправлен в Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="46"/>
        <source>Done in Ysell</source>
        <translation>Выполнен в Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="47"/>
        <source>Picking created</source>
        <translation>Доставка создана</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderRecord.cpp" line="48"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>YsellPreset</name>
    <message>
        <location filename="../src/core/ysell/YsellPresets.cpp" line="15"/>
        <source>Task statement (task-statement)</source>
        <translation>По техзаданию (task-statement)</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellPresets.cpp" line="17"/>
        <source>Ysell API v1 (ysell-v1)</source>
        <translation>Ysell API v1 (ysell-v1)</translation>
    </message>
</context>
<context>
    <name>ysb::Autostart</name>
    <message>
        <location filename="../src/gui/Autostart.cpp" line="54"/>
        <source>Could not remove the autostart entry %1.</source>
        <translation>Не удалось удалить запись автозапуска %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/Autostart.cpp" line="58"/>
        <source>Could not create the folder of %1.</source>
        <translation>Не удалось создать папку для %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/Autostart.cpp" line="61"/>
        <source>Could not write the autostart entry %1.</source>
        <translation>Не удалось записать запись автозапуска %1.</translation>
    </message>
</context>
<context>
    <name>ysb::ConnectionTester</name>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="41"/>
        <source>Check the login and the password or API key.</source>
        <translation>Проверьте логин и пароль или API-ключ.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="43"/>
        <source>Check the database name (Odoo shows it on its login page under “Manage databases”).</source>
        <translation>Проверьте имя базы данных (Odoo показывает его на странице входа в разделе «Manage databases»).</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="46"/>
        <source>Ask an Odoo administrator to give your user the rights for stock.</source>
        <translation>Попросите администратора Odoo дать вашему пользователю права на склад.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="48"/>
        <location filename="../src/gui/ConnectionTester.cpp" line="73"/>
        <source>Add the company&apos;s CA file on the General tab, or ask your IT administrator.</source>
        <translation>Добавьте CA-файл компании на вкладке «Общие» или обратитесь к системному администратору.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="53"/>
        <source>Check the Odoo address and that the server is running.</source>
        <translation>Проверьте адрес Odoo и то, что сервер работает.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="56"/>
        <location filename="../src/gui/ConnectionTester.cpp" line="81"/>
        <source>Check the network connection and try again.</source>
        <translation>Проверьте подключение к сети и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="58"/>
        <source>Try again; if it persists, show this message to the Odoo administrator.</source>
        <translation>Попробуйте ещё раз; если ошибка повторится, покажите это сообщение администратору Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="67"/>
        <source>Copy the API token from your Ysell account again and paste it into the token field.</source>
        <translation>Скопируйте API-токен из учётной записи Ysell ещё раз и вставьте его в поле токена.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="70"/>
        <source>The token may not read orders: ask Ysell support for a token with access to orders.</source>
        <translation>Этому токену нельзя читать заказы: попросите у поддержки Ysell токен с доступом к заказам.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="78"/>
        <source>Check the Ysell address, e.g. https://company.ysell.pro.</source>
        <translation>Проверьте адрес Ysell, например https://company.ysell.pro.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="83"/>
        <source>Ysell is busy; try again in a minute.</source>
        <translation>Ysell занят; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="88"/>
        <source>The server answers, but not like the Ysell API: check the address and the route preset.</source>
        <translation>Сервер отвечает, но не как API Ysell: проверьте адрес и набор маршрутов.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="91"/>
        <source>Try again; if it persists, show this message to Ysell support.</source>
        <translation>Попробуйте ещё раз; если ошибка повторится, покажите это сообщение поддержке Ysell.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="99"/>
        <source>The address is not set.</source>
        <translation>Адрес не указан.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="100"/>
        <location filename="../src/gui/ConnectionTester.cpp" line="105"/>
        <source>Enter the address, e.g. %1.</source>
        <translation>Введите адрес, например %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="111"/>
        <source>Not filled in.</source>
        <translation>Не заполнено.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="117"/>
        <source>Odoo address</source>
        <translation>Адрес Odoo</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="118"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="119"/>
        <source>Enter the name of the Odoo database.</source>
        <translation>Введите имя базы данных Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="120"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="121"/>
        <source>Enter the login of your Odoo user.</source>
        <translation>Введите логин вашего пользователя Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="122"/>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="123"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="124"/>
        <source>Enter the password or API key of your Odoo user.</source>
        <translation>Введите пароль или API-ключ вашего пользователя Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="131"/>
        <source>Ysell address</source>
        <translation>Адрес Ysell</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="132"/>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="133"/>
        <source>Paste the API token from your Ysell account.</source>
        <translation>Вставьте API-токен из учётной записи Ysell.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="135"/>
        <source>API routes</source>
        <translation>Маршруты API</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="136"/>
        <source>Correct the routes, or clear them to use the preset.</source>
        <translation>Исправьте маршруты или очистите их, чтобы использовать предустановку.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="138"/>
        <source>Request mapping</source>
        <translation>Соответствие полей запроса</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="139"/>
        <source>Correct the named lines of the mapping file ([ysell] mapping_file in config.ini).</source>
        <translation>Исправьте названные строки файла соответствия ([ysell] mapping_file в config.ini).</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="196"/>
        <source>CA file</source>
        <translation>CA-файл</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="197"/>
        <source>Choose the right file on the General tab, or clear the field.</source>
        <translation>Выберите правильный файл на вкладке «Общие» или очистите поле.</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="261"/>
        <source>Connection to Ysell</source>
        <translation>Подключение к Ysell</translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectionTester.cpp" line="263"/>
        <source>Ysell answered and accepted the token.</source>
        <translation>Ysell ответил и принял токен.</translation>
    </message>
</context>
<context>
    <name>ysb::DBusNotifier</name>
    <message>
        <location filename="../src/gui/DBusNotifier.cpp" line="53"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../src/gui/DBusNotifier.cpp" line="54"/>
        <source>Ysell Bridge</source>
        <translation>Ysell Bridge</translation>
    </message>
</context>
<context>
    <name>ysb::GuiApp</name>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="56"/>
        <source>Ysell Bridge sends confirmed Odoo orders to the Ysell.pro warehouse and creates the deliveries when Ysell is done.</source>
        <translation>Ysell Bridge отправляет подтверждённые заказы Odoo на склад Ysell.pro и создаёт доставки, когда Ysell выполнил заказ.</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="60"/>
        <source>Settings file (default: %1).</source>
        <translation>Файл настроек (по умолчанию: %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="61"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="63"/>
        <source>Read the secrets from files odoo-password and ysell-token in DIR instead of the system keychain.</source>
        <translation>Читать секреты из файлов odoo-password и ysell-token в ПАПКЕ вместо системной связки ключей.</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="65"/>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="110"/>
        <location filename="../src/gui/GuiApp.cpp" line="177"/>
        <source>Ysell Bridge cannot start</source>
        <translation>Ysell Bridge не может запуститься</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="111"/>
        <source>The settings file %1 has problems:

%2</source>
        <translation>В файле настроек %1 есть ошибки:

%2</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="136"/>
        <source>Welcome to Ysell Bridge. Enter the Odoo and Ysell connections to start.</source>
        <translation>Добро пожаловать в Ysell Bridge. Чтобы начать, введите подключения к Odoo и Ysell.</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="256"/>
        <source>Ysell Bridge settings</source>
        <translation>Настройки Ysell Bridge</translation>
    </message>
    <message>
        <location filename="../src/gui/GuiApp.cpp" line="257"/>
        <source>Ysell Bridge needs its settings before it can start.

%1

Settings file: %2
Secrets: store them with “ysell-bridge-cli secret set odoo” and “ysell-bridge-cli secret set ysell”.</source>
        <translation>Ysell Bridge нужны настройки, прежде чем он сможет запуститься.

%1

Файл настроек: %2
Секреты: сохраните их командами «ysell-bridge-cli secret set odoo» и «ysell-bridge-cli secret set ysell».</translation>
    </message>
</context>
<context>
    <name>ysb::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="331"/>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="332"/>
        <source>Send the confirmed orders that are due to Ysell now</source>
        <translation>Отправить в Ysell подтверждённые заказы, которые пора отправить, прямо сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="333"/>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="335"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="336"/>
        <source>Try the selected orders again now</source>
        <translation>Повторить выбранные заказы сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="337"/>
        <source>Enter serial numbers…</source>
        <translation>Ввести серийные номера…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="338"/>
        <source>Enter the serial numbers of the selected order</source>
        <translation>Ввести серийные номера выбранного заказа</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="339"/>
        <source>Open in Odoo</source>
        <translation>Открыть в Odoo</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="340"/>
        <source>Open the selected order in Odoo in the browser</source>
        <translation>Открыть выбранный заказ в Odoo в браузере</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="341"/>
        <source>Open picking</source>
        <translation>Открыть доставку</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="342"/>
        <source>Open the delivery created for the selected order in Odoo</source>
        <translation>Открыть в Odoo доставку, созданную для выбранного заказа</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="343"/>
        <source>Copy Ysell id</source>
        <translation>Копировать ID Ysell</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="344"/>
        <source>Copy the Ysell ids of the selected orders</source>
        <translation>Скопировать идентификаторы Ysell выбранных заказов</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="345"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="346"/>
        <source>Stop sending and checking until resumed; Send now and Check now still work</source>
        <translation>Остановить отправку и проверку до возобновления; «Отправить сейчас» и «Проверить сейчас» продолжают работать</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="347"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="348"/>
        <source>Change the Odoo and Ysell connection settings</source>
        <translation>Изменить настройки подключения к Odoo и Ysell</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="349"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="350"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="351"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="352"/>
        <source>Export for support…</source>
        <translation>Экспорт для поддержки…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="353"/>
        <source>Save one zip for support: journal, settings, versions and a connection check, without secrets</source>
        <translation>Сохранить один zip-файл для поддержки: журнал, настройки, версии и проверку подключения, без секретов</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="354"/>
        <source>Search order, customer, Ysell id, serial number (Ctrl+F)</source>
        <translation>Поиск по заказу, клиенту, ID Ysell, серийному номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="355"/>
        <source>Reconcile</source>
        <translation>Сверить</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="356"/>
        <source>Compare the orders in Odoo with the journal and Ysell, and list what disagrees</source>
        <translation>Сравнить заказы в Odoo с журналом и Ysell и показать расхождения</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="357"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="358"/>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="482"/>
        <source>Sending the due orders to Ysell…</source>
        <translation>Отправка заказов в Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="488"/>
        <source>Checking the Ysell status of sent orders…</source>
        <translation>Проверка статуса отправленных заказов в Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="502"/>
        <source>Nothing to retry: the selected orders are finished.</source>
        <translation>Повторять нечего: выбранные заказы завершены.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="517"/>
        <source>Retry orders</source>
        <translation>Повторить заказы</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="518"/>
        <source>Try these %1 orders again now?</source>
        <translation>Повторить эти заказы (%1) сейчас?</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="537"/>
        <source>Retrying %1…</source>
        <translation>Повтор %1…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="538"/>
        <source>Retrying %1 orders…</source>
        <translation>Повтор заказов (%1)…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="564"/>
        <source>will be tried again at %1</source>
        <translation>будет повторён в %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="551"/>
        <location filename="../src/gui/MainWindow.cpp" line="567"/>
        <location filename="../src/gui/MainWindow.cpp" line="573"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="334"/>
        <source>Check the Ysell status of sent orders now</source>
        <translation>Проверить статус отправленных заказов в Ysell сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="573"/>
        <source>%1: not in the journal</source>
        <translation>%1: нет в журнале</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="581"/>
        <source>Retry did not work: %1</source>
        <translation>Повтор не удался: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="582"/>
        <source>Retry worked: %1</source>
        <translation>Повтор удался: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="588"/>
        <source>All %1 orders went through.</source>
        <translation>Все заказы (%1) прошли.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="590"/>
        <source>None of the %1 orders went through.</source>
        <translation>Ни один из заказов (%1) не прошёл.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="592"/>
        <source>%1 of %2 orders went through; %3 did not.</source>
        <translation>Прошло заказов: %1 из %2; не прошло: %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="595"/>
        <source>Worked: %1</source>
        <translation>Удалось: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="597"/>
        <source>Did not work:</source>
        <translation>Не удалось:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="599"/>
        <source>Retry finished</source>
        <translation>Повтор завершён</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="624"/>
        <location filename="../src/gui/MainWindow.cpp" line="635"/>
        <location filename="../src/gui/MainWindow.cpp" line="651"/>
        <source>Serial numbers</source>
        <translation>Серийные номера</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="617"/>
        <source>Reading the lines of %1 from Odoo…</source>
        <translation>Чтение строк %1 из Odoo…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="636"/>
        <source>No product of %1 is tracked by serial number.</source>
        <translation>Ни один товар в %1 не учитывается по серийным номерам.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="659"/>
        <source>Serial numbers of %1 saved; sending it again.</source>
        <translation>Серийные номера %1 сохранены; заказ отправляется снова.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="661"/>
        <source>Serial numbers of %1 saved.</source>
        <translation>Серийные номера %1 сохранены.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="682"/>
        <source>Order %1 has no Odoo id in the journal.</source>
        <translation>У заказа %1 в журнале нет ID Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="708"/>
        <source>Ysell id %1 copied.</source>
        <translation>ID Ysell %1 скопирован.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="709"/>
        <source>%1 Ysell ids copied.</source>
        <translation>Скопировано ID Ysell: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="715"/>
        <source>Nothing is deleted: the journal keeps every order as a record of what happened.</source>
        <translation>Ничего не удаляется: журнал хранит каждый заказ как запись о том, что произошло.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="723"/>
        <source>Sending orders to Ysell…</source>
        <translation>Отправка заказов в Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="724"/>
        <source>Checking Ysell statuses…</source>
        <translation>Проверка статусов Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="734"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="744"/>
        <source>%1: could not run: %2</source>
        <translation>%1: не удалось выполнить: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="746"/>
        <source>%1: sent %2, already in Ysell %3, need attention %4, to retry %5</source>
        <translation>%1: отправлено %2, уже в Ysell %3, требуют внимания %4, к повтору %5</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="753"/>
        <source>%1: checked %2, done %3, pickings created %4, need attention %5</source>
        <translation>%1: проверено %2, выполнено %3, создано доставок %4, требуют внимания %5</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="775"/>
        <source>The journal %1 cannot store what Ysell Bridge does, so nothing more is sent. %2</source>
        <translation>Журнал %1 не может сохранять действия Ysell Bridge, поэтому больше ничего не отправляется. %2</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="777"/>
        <location filename="../src/gui/MainWindow.cpp" line="784"/>
        <source>Open settings…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="781"/>
        <source>Sign-in refused: %1 Nothing is sent or checked until this is fixed; then everything resumes by itself.</source>
        <translation>Вход отклонён: %1 Пока это не исправлено, ничего не отправляется и не проверяется; после исправления всё продолжится само.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="818"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="820"/>
        <source>Next status check at %1</source>
        <translation>Следующая проверка статусов в %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="822"/>
        <source>Not started</source>
        <translation>Не запущено</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="831"/>
        <source>unknown (the journal cannot be read)</source>
        <translation>неизвестно (журнал не читается)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="832"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="833"/>
        <source>Ysell Bridge — last check %1</source>
        <translation>Ysell Bridge — последняя проверка %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="835"/>
        <source>Last successful check: %1</source>
        <translation>Последняя успешная проверка: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="859"/>
        <source>Needs attention %1 · New %2 · Sent %3 · Done %4 · Picking created %5</source>
        <translation>Требуют внимания %1 · Новые %2 · Отправлены %3 · Выполнены %4 · Доставка создана %5</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="329"/>
        <location filename="../src/gui/MainWindow.cpp" line="877"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="888"/>
        <source>%1 orders need attention</source>
        <translation>Требуют внимания заказов: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="891"/>
        <source>All well</source>
        <translation>Всё в порядке</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="893"/>
        <source>Ysell Bridge: %1</source>
        <translation>Ysell Bridge: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="31"/>
        <source>Writing the support bundle…</source>
        <translation>Записывается пакет для поддержки…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="40"/>
        <location filename="../src/gui/MainWindowSupport.cpp" line="52"/>
        <source>Export for support</source>
        <translation>Экспорт для поддержки</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="41"/>
        <source>The support bundle was not saved: %1</source>
        <translation>Пакет для поддержки не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="45"/>
        <source>The support bundle was saved to %1.</source>
        <translation>Пакет для поддержки сохранён в %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowSupport.cpp" line="46"/>
        <source>It holds %n order(s)</source>
        <translation>
            <numerusform>В нём %n заказ</numerusform>
            <numerusform>В нём %n заказа</numerusform>
            <numerusform>В нём %n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowSupport.cpp" line="47"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindowSupport.cpp" line="48"/>
        <source>%n exchange(s) with Odoo and Ysell</source>
        <translation>
            <numerusform>%n обмен с Odoo и Ysell</numerusform>
            <numerusform>%n обмена с Odoo и Ysell</numerusform>
            <numerusform>%n обменов с Odoo и Ysell</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="49"/>
        <source>Odoo could not be reached; the bundle says why.</source>
        <translation>Odoo недоступен; причина указана в пакете.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="50"/>
        <source>Odoo server %1; the connection check is included.</source>
        <translation>Сервер Odoo %1; проверка подключения включена в пакет.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowSupport.cpp" line="51"/>
        <source>Passwords, API keys and tokens are removed. Send this file to support.</source>
        <translation>Пароли, ключи API и токены удалены. Отправьте этот файл в поддержку.</translation>
    </message>
</context>
<context>
    <name>ysb::NotificationDigest</name>
    <message>
        <location filename="../src/gui/NotificationDigest.cpp" line="91"/>
        <source>Order %1 needs attention</source>
        <translation>Заказ %1 требует внимания</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/NotificationDigest.cpp" line="94"/>
        <source>%n orders need attention</source>
        <translation>
            <numerusform>%n заказ требует внимания</numerusform>
            <numerusform>%n заказа требуют внимания</numerusform>
            <numerusform>%n заказов требуют внимания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/NotificationDigest.cpp" line="96"/>
        <source>%n orders need attention: %1</source>
        <translation>
            <numerusform>%n заказ требует внимания: %1</numerusform>
            <numerusform>%n заказа требуют внимания: %1</numerusform>
            <numerusform>%n заказов требуют внимания: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/NotificationDigest.cpp" line="98"/>
        <source>%n orders need attention, among them: %1</source>
        <translation>
            <numerusform>%n заказ требует внимания, в том числе: %1</numerusform>
            <numerusform>%n заказа требуют внимания, в том числе: %1</numerusform>
            <numerusform>%n заказов требуют внимания, в том числе: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/NotificationDigest.cpp" line="104"/>
        <source>Ysell Bridge has a problem</source>
        <translation>У Ysell Bridge проблема</translation>
    </message>
</context>
<context>
    <name>ysb::OrderDetailsView</name>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="107"/>
        <source>Show request</source>
        <translation>Показать запрос</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="109"/>
        <source>Show the request that would create this order in Ysell, with the token hidden. Nothing is sent and nothing changes.</source>
        <translation>Показать запрос, который создал бы этот заказ в Ysell, со скрытым токеном. Ничего не отправляется и ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="175"/>
        <source>Reading order %1 from Odoo…</source>
        <translation>Чтение заказа %1 из Odoo…</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="182"/>
        <source>The request cannot be shown: %1</source>
        <translation>Запрос нельзя показать: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="186"/>
        <source>This request would create order %1 in Ysell. It has not been sent.</source>
        <translation>Этот запрос создал бы заказ %1 в Ysell. Он не отправлен.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="189"/>
        <source>Not sent now: %1</source>
        <translation>Сейчас не отправляется: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="229"/>
        <source>No order selected</source>
        <translation>Заказ не выбран</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="229"/>
        <source>Order %1 is not in the journal</source>
        <translation>Заказа %1 нет в журнале</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="231"/>
        <source>Select an order to see what happened to it: each exchange with Odoo and Ysell, retries, the picking.</source>
        <translation>Выберите заказ, чтобы увидеть, что с ним происходило: каждый обмен с Odoo и Ysell, повторы, доставку.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="237"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="253"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="256"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="261"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="264"/>
        <source>%1 (serials: %2)</source>
        <translation>%1 (серийные номера: %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="285"/>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="285"/>
        <source>Ysell</source>
        <translation>Ysell</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="286"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="286"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="287"/>
        <source>%1: %2 %3 → %4, %5 ms</source>
        <translation>%1: %2 %3 → %4, %5 мс</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="294"/>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="296"/>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="300"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../src/gui/OrderDetailsView.cpp" line="302"/>
        <source>Nothing yet.</source>
        <translation>Пока ничего.</translation>
    </message>
</context>
<context>
    <name>ysb::OrderField</name>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="22"/>
        <source>Odoo order</source>
        <translation>Заказ Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="24"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="25"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="26"/>
        <source>Ysell id</source>
        <translation>ID в Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="27"/>
        <source>Ysell status</source>
        <translation>Статус Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="29"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="30"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="32"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="33"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="35"/>
        <source>Picking</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="36"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="37"/>
        <source>Serial numbers</source>
        <translation>Серийные номера</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="43"/>
        <source>Lines sent</source>
        <translation>Отправленные строки</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="46"/>
        <source>Other delivery</source>
        <translation>Другая доставка</translation>
    </message>
    <message>
        <location filename="../src/core/journal/OrderFields.cpp" line="48"/>
        <source>Stale</source>
        <translation>Без движения</translation>
    </message>
</context>
<context>
    <name>ysb::OrderPreviewJob</name>
    <message>
        <location filename="../src/core/sync/OrderPreviewJob.cpp" line="157"/>
        <source>The order is in state “%1” in Odoo; only confirmed orders are sent.</source>
        <translation>Заказ в Odoo в состоянии «%1»; отправляются только подтверждённые заказы.</translation>
    </message>
    <message>
        <location filename="../src/core/sync/OrderPreviewJob.cpp" line="159"/>
        <source>Odoo records this order as sent to Ysell already (Ysell order %1); it is not sent again.</source>
        <translation>По данным Odoo этот заказ уже отправлен в Ysell (заказ Ysell %1); повторно он не отправляется.</translation>
    </message>
    <message>
        <location filename="../src/core/sync/OrderPreviewJob.cpp" line="166"/>
        <source>The journal records this order as sent to Ysell already (Ysell order %1); it is not sent again.</source>
        <translation>По журналу этот заказ уже отправлен в Ysell (заказ Ysell %1); повторно он не отправляется.</translation>
    </message>
</context>
<context>
    <name>ysb::OrdersModel</name>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="92"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="93"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="94"/>
        <source>Sent</source>
        <translation>Отправлены</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="95"/>
        <source>Done</source>
        <translation>Выполнены</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="96"/>
        <source>Picking created</source>
        <translation>Доставка создана</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="224"/>
        <source>Odoo still has the open delivery %1 for this order. If Ysell shipped everything, cancel it in Odoo, so that the goods are not delivered twice.</source>
        <translation>В Odoo у этого заказа ещё открыта доставка %1. Если Ysell отправил всё, отмените её в Odoo, чтобы товар не доставили дважды.</translation>
    </message>
    <message>
        <location filename="../src/gui/OrdersModel.cpp" line="258"/>
        <source>Next attempt: %1</source>
        <translation>Следующая попытка: %1</translation>
    </message>
</context>
<context>
    <name>ysb::PickingJob</name>
    <message>
        <location filename="../src/core/sync/PickingJob.cpp" line="600"/>
        <source>Ysell shipped the order (%1). Draft delivery %2 created from %3.</source>
        <translation>Ysell отправил заказ (%1). Создан черновик доставки %2 из %3.</translation>
    </message>
</context>
<context>
    <name>ysb::ReconcileJob</name>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="54"/>
        <source>Confirmed in Odoo, not sent</source>
        <translation>Подтверждён в Odoo, не отправлен</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="55"/>
        <source>Sent, unknown to Ysell</source>
        <translation>Отправлен, но Ysell его не знает</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="56"/>
        <source>Done in Ysell, no delivery</source>
        <translation>Выполнен в Ysell, доставки нет</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="57"/>
        <source>Delivery, not done in Ysell</source>
        <translation>Есть доставка, но в Ysell не выполнен</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="58"/>
        <source>Cancelled in Odoo after sending</source>
        <translation>Отменён в Odoo после отправки</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/ops/ReconcileJob.cpp" line="85"/>
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n расхождение</numerusform>
            <numerusform>%n расхождения</numerusform>
            <numerusform>%n расхождений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/ops/ReconcileJob.cpp" line="86"/>
        <source> among %n Odoo order(s)</source>
        <translation>
            <numerusform> среди %n заказа Odoo</numerusform>
            <numerusform> среди %n заказов Odoo</numerusform>
            <numerusform> среди %n заказов Odoo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/ops/ReconcileJob.cpp" line="87"/>
        <source> and %n delivery(ies) from the stock location</source>
        <translation>
            <numerusform> и %n доставки со склада</numerusform>
            <numerusform> и %n доставок со склада</numerusform>
            <numerusform> и %n доставок со склада</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="289"/>
        <source>Cancelled in Odoo; Ysell has it as order %1 (Ysell id %2).</source>
        <translation>Отменён в Odoo; в Ysell он есть как заказ %1 (ID в Ysell %2).</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="291"/>
        <source>Cancel it in Ysell by hand (Ysell Bridge never cancels in Ysell); if it was shipped, handle the return in Odoo.</source>
        <translation>Отмените его в Ysell вручную (Ysell Bridge никогда не отменяет заказы в Ysell); если он уже отгружен, оформите возврат в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="302"/>
        <source>Ysell Bridge has not seen it yet.</source>
        <translation>Ysell Bridge его ещё не видел.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="303"/>
        <source>Run a send (Send now in the app, or ysell-bridge-cli send); if it stays, check that the order is confirmed on or after the start date and visible to the bridge&apos;s Odoo user.</source>
        <translation>Запустите отправку («Отправить сейчас» в программе или ysell-bridge-cli send); если заказ остаётся, проверьте, что он подтверждён не раньше начальной даты и виден пользователю Odoo, под которым работает Ysell Bridge.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="307"/>
        <source>Fix what the problem says (in Odoo, or enter the serial numbers), then Retry.</source>
        <translation>Исправьте то, о чём говорит проблема (в Odoo или введите серийные номера), затем нажмите «Повторить».</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="309"/>
        <source>Its create request had no clear answer.</source>
        <translation>На запрос создания не пришло ясного ответа.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="310"/>
        <source>Retry: Ysell Bridge looks the order up in Ysell before sending anything.</source>
        <translation>Нажмите «Повторить»: Ysell Bridge сначала поищет заказ в Ysell и только потом что-либо отправит.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="312"/>
        <source>Ysell Bridge closed it (the order was not confirmed in Odoo when it looked).</source>
        <translation>Ysell Bridge закрыл его (когда он проверял, заказ не был подтверждён в Odoo).</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="313"/>
        <source>If it must go to Ysell, create it there by hand.</source>
        <translation>Если он должен попасть в Ysell, создайте его там вручную.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="68"/>
        <source>Waiting for its next try at %1 UTC: %2</source>
        <translation>Ждёт следующей попытки в %1 UTC: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="69"/>
        <source>Waiting for its next try at %1: %2</source>
        <translation>Ждёт следующей попытки в %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="316"/>
        <source>Waiting for the next send.</source>
        <translation>Ждёт следующей отправки.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="318"/>
        <source>Nothing, unless it keeps failing: then read the problem in its log.</source>
        <translation>Ничего, если только ошибка не повторяется: тогда прочитайте проблему в журнале заказа.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="342"/>
        <source>The journal has it as sent (Ysell id %1, number %2); Ysell does not know that id.</source>
        <translation>В журнале он отправлен (ID в Ysell %1, номер %2); Ysell такого ID не знает.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="344"/>
        <source>Search Ysell for order number %1. If Ysell does not have it, create it there by hand or ask Ysell support; Ysell Bridge does not send an order twice by itself.</source>
        <translation>Найдите в Ysell заказ с номером %1. Если его там нет, создайте его вручную или обратитесь в поддержку Ysell; сам Ysell Bridge не отправляет заказ дважды.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="354"/>
        <source>Ysell reports it done (%1); Odoo has no delivery of it from %2.</source>
        <translation>Ysell сообщает, что он выполнен (%1); в Odoo нет его доставки из %2.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="355"/>
        <source>Run a status check (F5 in the app, or ysell-bridge-cli sweep): it creates the draft delivery; if that fails, the order&apos;s problem says why.</source>
        <translation>Запустите проверку статусов (F5 в программе или ysell-bridge-cli sweep): она создаст черновик доставки; если не получится, причина будет в проблеме заказа.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="359"/>
        <source>Odoo has the delivery %1 from %2, but Ysell&apos;s status is %3.</source>
        <translation>В Odoo есть доставка %1 из %2, но статус в Ysell — %3.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="360"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="361"/>
        <source>Check in Ysell whether it shipped; if it did not, cancel the delivery %1 in Odoo.</source>
        <translation>Проверьте в Ysell, отгружен ли заказ; если нет, отмените доставку %1 в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="370"/>
        <source>Odoo has the delivery %1 from %2 for an order Ysell Bridge never sent to Ysell.</source>
        <translation>В Odoo есть доставка %1 из %2 для заказа, который Ysell Bridge никогда не отправлял в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/ReconcileJob.cpp" line="372"/>
        <source>Check who made it; if the goods did not leave through Ysell, cancel the delivery %1 in Odoo.</source>
        <translation>Выясните, кто её создал; если товар ушёл не через Ysell, отмените доставку %1 в Odoo.</translation>
    </message>
</context>
<context>
    <name>ysb::ReconcileView</name>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="149"/>
        <location filename="../src/gui/ReconcileView.cpp" line="319"/>
        <source>Comparing Odoo, the journal and Ysell…</source>
        <translation>Сравнение Odoo, журнала и Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="217"/>
        <source>Not in the journal</source>
        <translation>Нет в журнале</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="243"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="309"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="310"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="311"/>
        <source>Try the selected orders again now, as the Retry of the orders tab does; only orders the bridge can take again without sending them twice</source>
        <translation>Повторить выбранные заказы сейчас, как «Повторить» на вкладке заказов; только те, которые программа может взять снова, не отправив их дважды</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="313"/>
        <source>Open in Odoo</source>
        <translation>Открыть в Odoo</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="314"/>
        <source>Open the order, or the delivery, of the selected row in Odoo in the browser (or double-click the row)</source>
        <translation>Открыть заказ или доставку выбранной строки в Odoo в браузере (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="317"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="317"/>
        <source>Disagreement</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="317"/>
        <source>In the journal</source>
        <translation>В журнале</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="317"/>
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="317"/>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="321"/>
        <source>The reconciliation could not be made: %1</source>
        <translation>Сверку выполнить не удалось: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="323"/>
        <source>Compares the orders confirmed in Odoo since the start date with the journal and Ysell. It changes nothing.</source>
        <translation>Сравнивает заказы, подтверждённые в Odoo начиная с начальной даты, с журналом и Ysell. Ничего не меняет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ReconcileView.cpp" line="328"/>
        <source>%1: Odoo, the journal and Ysell agree on %n order(s); nothing to do.</source>
        <translation>
            <numerusform>%1: Odoo, журнал и Ysell согласны по %n заказу; делать ничего не нужно.</numerusform>
            <numerusform>%1: Odoo, журнал и Ysell согласны по %n заказам; делать ничего не нужно.</numerusform>
            <numerusform>%1: Odoo, журнал и Ysell согласны по %n заказам; делать ничего не нужно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ReconcileView.cpp" line="331"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>ysb::SendCycle</name>
    <message>
        <location filename="../src/core/sync/SendCycle.cpp" line="873"/>
        <source>Sent to Ysell: order %1.</source>
        <translation>Отправлен в Ysell: заказ %1.</translation>
    </message>
</context>
<context>
    <name>ysb::SerialsDialog</name>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="23"/>
        <source>Serial numbers of %1</source>
        <translation>Серийные номера %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="25"/>
        <source>Scan or type one serial number per unit and press Enter: the cursor moves to the next field. Leave a product empty to use the serial numbers reserved in Odoo.</source>
        <translation>Отсканируйте или введите по одному серийному номеру на единицу и нажмите Enter: курсор перейдёт к следующему полю. Оставьте товар пустым, чтобы использовать серийные номера, зарезервированные в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="36"/>
        <source>%1 (order line %2), quantity %3</source>
        <translation>%1 (строка заказа %2), количество %3</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="45"/>
        <source>Unit %1</source>
        <translation>Единица %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="136"/>
        <source>Serial number %1 is already entered for %2, unit %3.</source>
        <translation>Серийный номер %1 уже введён для %2, единица %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="142"/>
        <source>Serial number %1 is already used for order %2.</source>
        <translation>Серийный номер %1 уже использован для заказа %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/SerialsDialog.cpp" line="168"/>
        <source>All units have a serial number. Click Save to keep them.</source>
        <translation>У всех единиц есть серийный номер. Нажмите «Сохранить», чтобы сохранить их.</translation>
    </message>
</context>
<context>
    <name>ysb::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Ysell Bridge Settings</source>
        <translation>Настройки Ysell Bridge</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="37"/>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="48"/>
        <source>Odoo &amp;address:</source>
        <translation>&amp;Адрес Odoo:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>https://odoo.example.com</source>
        <translation>https://odoo.example.com</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="65"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="78"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="88"/>
        <source>e.g. clerk@example.com</source>
        <translation>например clerk@example.com</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="95"/>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Вход по:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="108"/>
        <location filename="../src/gui/SettingsDialog.cpp" line="308"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="129"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="139"/>
        <source>Create the missing &amp;fields</source>
        <translation>Создать недостающие &amp;поля</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="176"/>
        <source>Ysell</source>
        <translation>Ysell</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="187"/>
        <source>Ysell &amp;address:</source>
        <translation>&amp;Адрес Ysell:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="197"/>
        <source>https://company.ysell.pro</source>
        <translation>https://company.ysell.pro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="204"/>
        <source>API &amp;token:</source>
        <translation>API-&amp;токен:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="221"/>
        <source>API &amp;routes:</source>
        <translation>&amp;Маршруты API:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="234"/>
        <source>Create order route:</source>
        <translation>Создание заказа:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="247"/>
        <source>Order status route:</source>
        <translation>Статус заказа:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="260"/>
        <source>Find order route:</source>
        <translation>Поиск заказа:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="273"/>
        <source>&amp;Done statuses:</source>
        <translation>Статусы &amp;выполнения:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="283"/>
        <source>Ysell statuses (codes or names, separated by commas) after which an order counts as delivered and its Odoo delivery is created.</source>
        <translation>Статусы Ysell (коды или названия через запятую), после которых заказ считается выполненным и в Odoo создаётся доставка.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="290"/>
        <source>Atte&amp;ntion statuses:</source>
        <translation>Статусы, &amp;требующие внимания:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="300"/>
        <source>Ysell statuses (codes, separated by commas) in which Ysell needs a person, e.g. a reservation error. Ysell Bridge tells you at once, and again when an order stays in one too long.</source>
        <translation>Статусы Ysell (коды через запятую), в которых Ysell нужен человек, например ошибка резервирования. Ysell Bridge сообщает сразу и ещё раз, если заказ остаётся в таком статусе слишком долго.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="309"/>
        <source>Leave the routes empty to use the preset. Ask Ysell support which routes your account uses.</source>
        <translation>Оставьте маршруты пустыми, чтобы использовать предустановку. Какие маршруты использует ваша учётная запись, подскажет поддержка Ysell.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="321"/>
        <source>T&amp;est connection</source>
        <translation>П&amp;роверить подключение</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="358"/>
        <source>Warehouse and schedule</source>
        <translation>Склад и расписание</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="369"/>
        <source>Ysell &amp;stock location:</source>
        <translation>&amp;Место хранения Ysell:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="388"/>
        <source>The Odoo stock location from which deliveries of orders fulfilled by Ysell start (ShemaxGlobal).</source>
        <translation>Место хранения в Odoo, из которого отправляются доставки заказов, выполненных Ysell (ShemaxGlobal).</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="395"/>
        <source>Delivery &amp;operation type:</source>
        <translation>&amp;Тип операции доставки:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="420"/>
        <source>&amp;Load from Odoo</source>
        <translation>&amp;Загрузить из Odoo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="442"/>
        <source>Only orders &amp;from:</source>
        <translation>Только заказы &amp;с:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="459"/>
        <source>Send new orders &amp;every:</source>
        <translation>Отправлять новые заказы &amp;каждые:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="472"/>
        <source>Check Ysell statuses e&amp;very:</source>
        <translation>Проверять статусы Ysell к&amp;аждые:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="485"/>
        <source>&amp;No Ysell status change for:</source>
        <translation>&amp;Нет смены статуса Ysell:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="495"/>
        <source>A sent order whose Ysell status has not changed for this long needs attention; it clears by itself when Ysell moves it.</source>
        <translation>Отправленный заказ, статус которого в Ysell не менялся так долго, требует внимания; отметка снимается сама, когда Ysell сдвинет заказ.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="502"/>
        <source>In a Ysell &amp;attention status for:</source>
        <translation>В статусе Ysell, требующем в&amp;нимания:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="512"/>
        <source>A sent order that stays this long in one of the attention statuses (Ysell tab) needs attention.</source>
        <translation>Отправленный заказ, который так долго остаётся в одном из статусов, требующих внимания (вкладка Ysell), требует внимания.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="521"/>
        <source>&amp;Reserve the serial numbers in the Odoo delivery (the delivery then becomes Ready, not Draft)</source>
        <translation>&amp;Резервировать серийные номера в доставке Odoo (доставка станет «Готово», а не «Черновик»)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="528"/>
        <source>&amp;Cancel the order&apos;s other open delivery that Odoo made at confirmation</source>
        <translation>&amp;Отменять другую открытую доставку заказа, созданную Odoo при подтверждении</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="535"/>
        <source>Odoo gets a To-Do on the order, with the reason, while the order needs a person; the bridge marks it done once the order goes through.</source>
        <translation>Пока заказ требует участия человека, в Odoo на нём стоит задача с причиной; мост отмечает её выполненной, когда заказ пройдёт.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="538"/>
        <source>Create a To-&amp;Do in Odoo for the salesperson when an order needs a person</source>
        <translation>Ставить в Odoo задачу продавцу, когда заказ &amp;ждёт участия человека</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="553"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="564"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="577"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>&amp;Доп. доверенный CA-файл:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="589"/>
        <source>Only for servers with a company certificate (PEM file)</source>
        <translation>Только для серверов с сертификатом компании (файл PEM)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="596"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="607"/>
        <source>Start Ysell Bridge &amp;automatically when I log in</source>
        <translation>&amp;Запускать Ysell Bridge автоматически при входе в систему</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="614"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="623"/>
        <source>Tell me about problems with:</source>
        <translation>Сообщать о проблемах:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="143"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="144"/>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="150"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="152"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="153"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="154"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="156"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="158"/>
        <source>Default: the delivery type of the location&apos;s warehouse</source>
        <translation>По умолчанию: тип доставки склада этого места хранения</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="283"/>
        <source>Not stored yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="308"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="412"/>
        <source>Please correct these settings; nothing has been saved yet:</source>
        <translation>Исправьте эти настройки; пока ничего не сохранено:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="442"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="452"/>
        <source>The secrets could not be stored; nothing else has been saved yet:</source>
        <translation>Секреты не удалось сохранить; остальное пока не сохранено:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="458"/>
        <source>The settings could not be saved:</source>
        <translation>Настройки не удалось сохранить:</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="479"/>
        <source>Testing the connection to Odoo…</source>
        <translation>Проверка подключения к Odoo…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="490"/>
        <source>Odoo works with Ysell Bridge, but read the warning below.</source>
        <translation>Odoo работает с Ysell Bridge, но прочтите предупреждение ниже.</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="491"/>
        <source>Odoo is ready for Ysell Bridge.</source>
        <translation>Odoo готов к работе с Ysell Bridge.</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="505"/>
        <source>Creating the fields in Odoo…</source>
        <translation>Создание полей в Odoo…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="525"/>
        <source>Testing the connection to Ysell…</source>
        <translation>Проверка подключения к Ysell…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="538"/>
        <source>Reading from Odoo…</source>
        <translation>Чтение из Odoo…</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="557"/>
        <source>Found %1 and %2.</source>
        <translation>Найдено: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SettingsDialog.cpp" line="558"/>
        <source>%n internal location(s)</source>
        <translation>
            <numerusform>%n внутреннее место хранения</numerusform>
            <numerusform>%n внутренних места хранения</numerusform>
            <numerusform>%n внутренних мест хранения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SettingsDialog.cpp" line="559"/>
        <source>%n delivery type(s)</source>
        <translation>
            <numerusform>%n тип доставки</numerusform>
            <numerusform>%n типа доставки</numerusform>
            <numerusform>%n типов доставки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="565"/>
        <source>Choose the CA certificate file</source>
        <translation>Выберите файл сертификата CA</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="568"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="568"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ysb::SetupCheckJob</name>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="18"/>
        <source>Odoo version</source>
        <translation>Версия Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="20"/>
        <source>Database and sign-in</source>
        <translation>База данных и вход</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="22"/>
        <source>Rights of the Odoo user</source>
        <translation>Права пользователя Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="24"/>
        <source>Ysell fields in Odoo</source>
        <translation>Поля Ysell в Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="26"/>
        <source>ShemaxGlobal location</source>
        <translation>Место хранения ShemaxGlobal</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="28"/>
        <source>Customers location</source>
        <translation>Место «Клиенты»</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="30"/>
        <source>Delivery operation type</source>
        <translation>Тип операции доставки</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="37"/>
        <source>Ask an Odoo administrator to give your user the rights, or to do this step.</source>
        <translation>Попросите администратора Odoo дать вашему пользователю права или выполнить этот шаг.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="46"/>
        <source>Check the login and the password or API key in the settings.</source>
        <translation>Проверьте логин и пароль или API-ключ в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="49"/>
        <source>Check the database name in the settings (it is shown on the Odoo login page under “Manage databases”).</source>
        <translation>Проверьте имя базы данных в настройках (оно показано на странице входа Odoo в разделе «Manage databases»).</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="58"/>
        <source>Check the Odoo address in the settings and that the server is running.</source>
        <translation>Проверьте адрес Odoo в настройках и то, что сервер работает.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="61"/>
        <source>Check the server certificate, or add its CA file in the settings.</source>
        <translation>Проверьте сертификат сервера или добавьте его CA-файл в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="67"/>
        <source>Try again later; if it persists, ask the Odoo administrator whether the server is working.</source>
        <translation>Попробуйте позже; если ошибка повторится, спросите администратора Odoo, работает ли сервер.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="70"/>
        <source>Show this message to the Odoo administrator.</source>
        <translation>Покажите это сообщение администратору Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="83"/>
        <source>read sales orders</source>
        <translation>читать заказы на продажу</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="84"/>
        <source>store the Ysell id and state on sales orders</source>
        <translation>записывать ID и состояние Ysell в заказы на продажу</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="85"/>
        <source>post notes on sales orders</source>
        <translation>оставлять примечания в заказах на продажу</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="86"/>
        <source>read products</source>
        <translation>читать товары</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="87"/>
        <source>read locations</source>
        <translation>читать места хранения</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="88"/>
        <source>read reserved serial numbers</source>
        <translation>читать зарезервированные серийные номера</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="89"/>
        <source>read the stock in ShemaxGlobal</source>
        <translation>читать остатки в ShemaxGlobal</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="90"/>
        <source>create deliveries</source>
        <translation>создавать доставки</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="91"/>
        <source>confirm and cancel deliveries</source>
        <translation>подтверждать и отменять доставки</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="92"/>
        <source>reserve serial numbers on deliveries</source>
        <translation>резервировать серийные номера в доставках</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="97"/>
        <source>Sales “User: All Documents”</source>
        <translation>«Продажи: Пользователь: все документы»</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="102"/>
        <source>Inventory “User”</source>
        <translation>«Склад: Пользователь»</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="147"/>
        <source>Not checked: %1</source>
        <translation>Не проверено: %1</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="147"/>
        <source>Fix the problem above, then run the check again.</source>
        <translation>Устраните проблему выше, затем запустите проверку ещё раз.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="160"/>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="161"/>
        <source>Odoo could not be reached.</source>
        <translation>Не удалось связаться с Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="175"/>
        <source>Odoo %1 answers.</source>
        <translation>Odoo %1 отвечает.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="178"/>
        <source>This server runs Odoo %1; Ysell Bridge is made for Odoo 17.</source>
        <translation>На этом сервере Odoo %1; Ysell Bridge создан для Odoo 17.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="179"/>
        <source>Connect to an Odoo 17 server, or ask for a Ysell Bridge version made for Odoo %1.</source>
        <translation>Подключитесь к серверу Odoo 17 или запросите версию Ysell Bridge для Odoo %1.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="192"/>
        <source>signing in to Odoo failed.</source>
        <translation>войти в Odoo не удалось.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="201"/>
        <source>Signed in to database “%1” as %2.</source>
        <translation>Выполнен вход в базу данных «%1» как %2.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="226"/>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="245"/>
        <source>The rights of your Odoo user could not be checked.</source>
        <translation>Не удалось проверить права вашего пользователя Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="262"/>
        <source>Ask an Odoo administrator to give the user %1 the rights %2 (Settings → Users &amp; Companies → Users → Access Rights).</source>
        <translation>Попросите администратора Odoo дать пользователю %1 права %2 (Настройки → Пользователи и компании → Пользователи → Права доступа).</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="264"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="267"/>
        <source>Your Odoo user may not %1.</source>
        <translation>Вашему пользователю Odoo нельзя: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="272"/>
        <source>Your Odoo user has Sales “User: Own Documents Only”: Odoo shows it only the orders where it is the salesperson, so the other confirmed orders are never sent to Ysell.</source>
        <translation>У вашего пользователя Odoo права «Продажи: Пользователь: только свои документы»: Odoo показывает ему только заказы, где он указан продавцом, поэтому остальные подтверждённые заказы никогда не попадут в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="277"/>
        <source>Your Odoo user may read and update sales orders and create deliveries.</source>
        <translation>Вашему пользователю Odoo можно читать и изменять заказы на продажу и создавать доставки.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="288"/>
        <source>The fields could not be looked up.</source>
        <translation>Не удалось проверить наличие полей.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="299"/>
        <source>The fields x_ysell_product_id, x_ysell_order_id and x_ysell_state exist.</source>
        <translation>Поля x_ysell_product_id, x_ysell_order_id и x_ysell_state есть.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="302"/>
        <source>Missing in Odoo: %1.</source>
        <translation>Нет в Odoo: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/odoo/SetupCheck.cpp" line="303"/>
        <source>Let Ysell Bridge create them (needs Odoo Administration rights), or ask an Odoo administrator to create them as text fields.</source>
        <translation>Пусть Ysell Bridge создаст их (нужны права администратора Odoo), или попросите администратора Odoo создать их как текстовые поля.</translation>
    </message>
</context>
<context>
    <name>ysb::SupportBundleJob</name>
    <message>
        <location filename="../src/core/ops/SupportBundle.cpp" line="164"/>
        <source>not reachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../src/core/ops/SupportBundle.cpp" line="186"/>
        <source>The settings could not be written: %1</source>
        <translation>Не удалось записать настройки: %1</translation>
    </message>
    <message>
        <location filename="../src/core/ops/SupportBundle.cpp" line="236"/>
        <source>There is no journal yet: Ysell Bridge has not synchronised.</source>
        <translation>Журнала ещё нет: Ysell Bridge ещё не выполнял синхронизацию.</translation>
    </message>
    <message>
        <location filename="../src/core/ops/SupportBundle.cpp" line="301"/>
        <source>Ysell Bridge support bundle, created %1 UTC.

versions.json  versions of Ysell Bridge, Qt, the operating system and the Odoo server
config.ini     the settings (passwords, API keys and tokens are never settings)
check.json     the Odoo setup check, run when the bundle was made
journal.json   orders, events and exchanges with Odoo and Ysell: %2 order(s), %3 event(s), %4 exchange(s)

Secrets are removed from every file.
</source>
        <translation>Пакет для поддержки Ysell Bridge, создан %1 UTC.

versions.json  версии Ysell Bridge, Qt, операционной системы и сервера Odoo
config.ini     настройки (пароли, ключи API и токены никогда не входят в настройки)
check.json     проверка настройки Odoo, выполненная при создании пакета
journal.json   заказы, события и обмены с Odoo и Ysell: заказов — %2, событий — %3, обменов — %4

Секреты удалены из всех файлов.
</translation>
    </message>
</context>
<context>
    <name>ysb::SupportExportDialog</name>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="25"/>
        <location filename="../src/gui/SupportExportDialog.cpp" line="121"/>
        <source>Export for support</source>
        <translation>Экспорт для поддержки</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="27"/>
        <source>One zip file for support: the journal of the chosen orders, the settings, the versions and a check of the Odoo connection. Passwords, API keys and tokens are removed.</source>
        <translation>Один zip-файл для поддержки: журнал выбранных заказов, настройки, версии и проверка подключения к Odoo. Пароли, ключи API и токены удаляются.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/SupportExportDialog.cpp" line="33"/>
        <source>The selected orders (%n)</source>
        <translation>
            <numerusform>Выбранные заказы (%n)</numerusform>
            <numerusform>Выбранные заказы (%n)</numerusform>
            <numerusform>Выбранные заказы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="36"/>
        <source>Orders confirmed from</source>
        <translation>Заказы, подтверждённые с</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="46"/>
        <source>All orders in the journal</source>
        <translation>Все заказы в журнале</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="53"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="65"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="78"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="108"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="110"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="112"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../src/gui/SupportExportDialog.cpp" line="121"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-архивы (*.zip)</translation>
    </message>
</context>
<context>
    <name>ysb::Text</name>
    <message>
        <location filename="../src/core/Text.cpp" line="27"/>
        <source>Renamed in Odoo (was %1).</source>
        <translation>Переименован в Odoo (был %1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="28"/>
        <source>Already sent to Ysell (order %1), as Odoo records; adopted.</source>
        <translation>Уже отправлен в Ysell (заказ %1), как записано в Odoo; принят.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="29"/>
        <source>Already sent to Ysell (order %1) by another workstation; adopted.</source>
        <translation>Уже отправлен в Ysell (заказ %1) другим рабочим местом; принят.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="30"/>
        <source>Ysell already had this order (id %1); adopted instead of sending it twice.</source>
        <translation>В Ysell уже был этот заказ (ID %1); принят, чтобы не отправлять дважды.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="31"/>
        <source>Found in Ysell by its number (id %1) after an interrupted send; adopted.</source>
        <translation>Найден в Ysell по номеру (ID %1) после прерванной отправки; принят.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="32"/>
        <source>Created in Ysell as order %1.</source>
        <translation>Создан в Ysell как заказ %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="33"/>
        <source>Not sent: %1</source>
        <translation>Не отправлен: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="34"/>
        <source>The order is no longer confirmed in Odoo (state %1); it is not sent.</source>
        <translation>Заказ в Odoo больше не подтверждён (состояние %1); он не отправляется.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="35"/>
        <source>Workstation %1&apos;s claim on this order ran out; it is looked up in Ysell before it is sent.</source>
        <translation>Отметка рабочего места %1 на этом заказе истекла; перед отправкой заказ ищется в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="36"/>
        <source>Left alone: workstation %1 claimed this order in Odoo until %2 UTC.</source>
        <translation>Не тронут: рабочее место %1 заняло этот заказ в Odoo до %2 UTC.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="37"/>
        <source>Left alone: another workstation claimed this order in Odoo.</source>
        <translation>Не тронут: другое рабочее место заняло этот заказ в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="38"/>
        <source>Odoo no longer lists this order (deleted, or not visible to this user).</source>
        <translation>Odoo больше не показывает этот заказ (удалён или не виден этому пользователю).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="39"/>
        <source>%1 Next try at %2 UTC.</source>
        <translation>%1 Следующая попытка в %2 UTC.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="40"/>
        <source>%1 It is unknown whether Ysell received the order; after %2 tries Ysell Bridge stopped. Retry looks the order up in Ysell before sending anything.</source>
        <translation>%1 Неизвестно, получил ли Ysell заказ; после %2 попыток Ysell Bridge остановился. «Повторить» сначала ищет заказ в Ysell и только потом что-либо отправляет.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="41"/>
        <source>%1 Ysell may have received it: the next try (at %2 UTC) looks it up first.</source>
        <translation>%1 Возможно, Ysell его получил: следующая попытка (в %2 UTC) сначала поищет его.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="42"/>
        <source>%1 (gave up after %2 tries; use Retry)</source>
        <translation>%1 (остановлено после %2 попыток; используйте «Повторить»)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="43"/>
        <source>Ysell does not know the order id %1 (any more).</source>
        <translation>Ysell не знает (больше) заказа с ID %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="44"/>
        <source>Ysell reports an order numbered %1 but does not find it by that number; the order is not sent again. Check it in Ysell.</source>
        <translation>Ysell сообщает о заказе с номером %1, но не находит его по этому номеру; заказ повторно не отправляется. Проверьте его в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="45"/>
        <source>Ysell already has an order numbered %1 (Ysell id %2) for another Odoo order (#%3); it was not taken for this one (#%4). Retry sends this order as %5.</source>
        <translation>В Ysell уже есть заказ с номером %1 (id в Ysell %2) для другого заказа Odoo (#%3); он не принят за этот заказ (#%4). «Повторить» отправит этот заказ как %5.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="46"/>
        <source>Sent, but the Ysell id could not be written to Odoo: %1</source>
        <translation>Отправлен, но ID Ysell не удалось записать в Odoo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="47"/>
        <source>The note in Odoo&apos;s chatter failed: %1</source>
        <translation>Не удалось добавить заметку в ленту Odoo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="48"/>
        <source>Retry requested by the user.</source>
        <translation>Повтор запрошен пользователем.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="49"/>
        <source>The shipping address lacks: %1.</source>
        <translation>В адресе доставки не хватает: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="50"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="51"/>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="52"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="53"/>
        <source>zip code</source>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="54"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="55"/>
        <source>Line “%1” is %2 %3, which is %4 %5; Ysell takes whole units of the product only.</source>
        <translation>Строка «%1»: %2 %3 — это %4 %5; Ysell принимает только целое количество единиц товара.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="56"/>
        <source>Line “%1” has quantity %2; only positive quantities can be shipped.</source>
        <translation>В строке «%1» количество %2; отправить можно только положительное количество.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="57"/>
        <source>Line “%1” has quantity %2; more than %3 units in one line cannot be right.</source>
        <translation>В строке «%1» количество %2; больше %3 единиц в одной строке — это явная ошибка.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="58"/>
        <source>Line “%1” has quantity %2; Ysell takes whole units only.</source>
        <translation>В строке «%1» количество %2; Ysell принимает только целые единицы.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="59"/>
        <source>Product “%1” has no Ysell product id (field x_ysell_product_id in Odoo).</source>
        <translation>У товара «%1» нет ID товара Ysell (поле x_ysell_product_id в Odoo).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="60"/>
        <source>Product “%1” (order line %3) needs %2 serial numbers and has none yet: reserve stock in Odoo or enter the serial numbers in Ysell Bridge.</source>
        <translation>Товару «%1» (строка заказа %3) нужны серийные номера (%2), а их пока нет: зарезервируйте остатки в Odoo или введите серийные номера в Ysell Bridge.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="61"/>
        <source>Product “%1” (order line %4) needs %2 serial numbers but has %3.</source>
        <translation>Товару «%1» (строка заказа %4) нужно серийных номеров: %2, а есть: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="62"/>
        <source>Serial number %1 appears more than once.</source>
        <translation>Серийный номер %1 встречается больше одного раза.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="63"/>
        <source>The order has no product lines to ship.</source>
        <translation>В заказе нет строк с товарами для отправки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="64"/>
        <source>Ysell reports the order done (%1).</source>
        <translation>Ysell сообщает, что заказ выполнен (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="65"/>
        <source>Ysell status %1: the order is closed; Ysell Bridge takes no action (returns and cancellations are handled in Odoo by hand).</source>
        <translation>Статус Ysell %1: заказ закрыт; Ysell Bridge ничего не делает (возвраты и отмены обрабатываются в Odoo вручную).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="66"/>
        <source>Ysell needs attention: %1.</source>
        <translation>Ysell требует внимания: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="67"/>
        <source>Ysell status: %1.</source>
        <translation>Статус Ysell: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="68"/>
        <source>The draft delivery could not be created: %1</source>
        <translation>Черновик доставки не удалось создать: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="69"/>
        <source>Odoo no longer lists this order; no delivery was created.</source>
        <translation>Odoo больше не показывает этот заказ; доставка не создана.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="70"/>
        <source>Odoo answered the picking creation unexpectedly.</source>
        <translation>Odoo неожиданно ответил на создание доставки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="71"/>
        <source>The delivery %1 from %2 already exists; adopted, not created again.</source>
        <translation>Доставка %1 из %2 уже есть; она принята и не создаётся заново.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="72"/>
        <source>Creating the draft delivery from %1.</source>
        <translation>Создание черновика доставки из %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="73"/>
        <source>Draft delivery %1 created from %2 to the customer.</source>
        <translation>Создан черновик доставки %1 из %2 клиенту.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="74"/>
        <source>Serials not reserved: %1</source>
        <translation>Серийные номера не зарезервированы: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="75"/>
        <source>Serials not reserved: %1 not free in %2; the delivery stays draft.</source>
        <translation>Серийные номера не зарезервированы: %1 не свободны в %2; доставка остаётся черновиком.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="76"/>
        <source>Serials reserved in %1; the delivery is Ready.</source>
        <translation>Серийные номера зарезервированы в %1; доставка в состоянии «Готово».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="77"/>
        <source>The other open delivery %1 is cancelled (setting “cancel other delivery”).</source>
        <translation>Другая открытая доставка %1 отменена (настройка «отменять другую доставку»).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="78"/>
        <source>Odoo still has the open delivery %1 for this order; cancel it in Odoo if Ysell shipped everything.</source>
        <translation>В Odoo у этого заказа ещё есть открытая доставка %1; отмените её в Odoo, если Ysell отправил всё.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="79"/>
        <source>The other delivery %1 could not be cancelled: %2</source>
        <translation>Другую доставку %1 не удалось отменить: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="80"/>
        <source>Serial numbers of line %1 removed; the ones reserved in Odoo are used.</source>
        <translation>Серийные номера строки %1 удалены; используются зарезервированные в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="81"/>
        <source>Serial numbers entered for line %1: %2</source>
        <translation>Серийные номера, введённые для строки %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="82"/>
        <source>Line “%1” is sold in “%2”, which cannot be converted to the product&apos;s unit “%3”: correct the unit on the order line in Odoo.</source>
        <translation>Строка «%1» продана в единицах «%2», которые нельзя пересчитать в единицу товара «%3»: исправьте единицу в строке заказа в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="83"/>
        <source>Ysell status %1</source>
        <translation>Статус Ysell %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="84"/>
        <source>Ysell needs attention: %1</source>
        <translation>Ysell требует внимания: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="85"/>
        <source>The Ysell fields (x_ysell_*) are missing in Odoo: orders are sent, but neither the Ysell id nor the claim that keeps two workstations apart can be stored in Odoo. Run the setup check to create them.</source>
        <translation>В Odoo нет полей Ysell (x_ysell_*): заказы отправляются, но ни ID Ysell, ни отметку, которая не даёт двум рабочим местам отправить один заказ, нельзя сохранить в Odoo. Запустите проверку настройки, чтобы создать их.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="86"/>
        <source>%1 Ysell said: %2</source>
        <translation>%1 Ysell сообщил: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="87"/>
        <source>The Ysell token was refused. Enter a valid API token in the settings (in Ysell it is set on the user, under Settings → Users).</source>
        <translation>Токен Ysell отклонён. Введите действующий API-токен в настройках (в Ysell он задаётся у пользователя: Настройки → Пользователи).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="88"/>
        <source>Ysell refused access. The Ysell user of this token needs the right to manage orders.</source>
        <translation>Ysell отказал в доступе. Пользователю Ysell с этим токеном нужно право управлять заказами.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="89"/>
        <source>Ysell does not know the create-order address (HTTP 404). Check the Ysell address and the route preset in the settings.</source>
        <translation>Ysell не знает адреса создания заказа (HTTP 404). Проверьте адрес Ysell и набор маршрутов в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="90"/>
        <source>Ysell does not know this order (HTTP 404).</source>
        <translation>Ysell не знает этого заказа (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="91"/>
        <source>Ysell already has an order with this number; the bridge will look it up.</source>
        <translation>В Ysell уже есть заказ с этим номером; Ysell Bridge найдёт его.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="92"/>
        <source>Ysell already has this order (Ysell id %1).</source>
        <translation>Этот заказ уже есть в Ysell (ID в Ysell %1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="93"/>
        <source>Ysell rejected the order data (HTTP 422).</source>
        <translation>Ysell отклонил данные заказа (HTTP 422).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="94"/>
        <source>Ysell rejected the order data: %1</source>
        <translation>Ysell отклонил данные заказа: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="95"/>
        <source>Ysell could not understand the request (HTTP 400).</source>
        <translation>Ysell не понял запрос (HTTP 400).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="96"/>
        <source>Ysell is busy (HTTP %1) and asked to wait %2 seconds; the bridge will try again then.</source>
        <translation>Ysell занят (HTTP %1) и попросил подождать %2 с; Ysell Bridge попробует снова после этого.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="97"/>
        <source>Ysell is busy (HTTP %1); the bridge will try again later.</source>
        <translation>Ysell занят (HTTP %1); Ysell Bridge попробует снова позже.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="98"/>
        <source>Ysell had a server problem (HTTP %1) while taking the order; the bridge will look the order up before sending it again.</source>
        <translation>У Ysell была ошибка сервера (HTTP %1) при приёме заказа; Ysell Bridge поищет заказ, прежде чем отправить его снова.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="99"/>
        <source>Ysell had a server problem (HTTP %1); the bridge will try again later.</source>
        <translation>У Ysell была ошибка сервера (HTTP %1); Ysell Bridge попробует снова позже.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="100"/>
        <source>Ysell redirected the request (HTTP %1) to %2. Check the Ysell address in the settings.</source>
        <translation>Ysell перенаправил запрос (HTTP %1) на %2. Проверьте адрес Ysell в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="101"/>
        <source>Ysell answered with HTTP %1.</source>
        <translation>Ysell ответил с HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="102"/>
        <source>Ysell accepted the order but its answer could not be read (%1). The bridge will look the order up by its number before sending it again.</source>
        <translation>Ysell принял заказ, но его ответ не удалось прочитать (%1). Ysell Bridge поищет заказ по номеру, прежде чем отправить его снова.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="103"/>
        <source>The certificate of %1 was issued for a different server name (%2). Check the server address in the settings: it must be the exact name the certificate was issued for.</source>
        <translation>Сертификат %1 выдан для другого имени сервера (%2). Проверьте адрес сервера в настройках: он должен точно совпадать с именем, для которого выдан сертификат.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="104"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="105"/>
        <source>The certificate of %1 has expired (it was valid until %2). Ask the server&apos;s administrator to renew it; until then the connection is refused.</source>
        <translation>Срок действия сертификата %1 истёк (он действовал до %2). Попросите администратора сервера обновить его; до тех пор подключение невозможно.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="106"/>
        <source>The certificate of %1 is not valid yet. Check that this computer&apos;s date and time are correct.</source>
        <translation>Сертификат %1 ещё не действует. Проверьте, что дата и время на этом компьютере верны.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="107"/>
        <source>The certificate of %1 has been revoked. Contact the server&apos;s administrator.</source>
        <translation>Сертификат %1 отозван. Обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="108"/>
        <source>The certificate of %1 is not trusted on this computer. If your company uses its own certificate authority, add its CA file in the settings; otherwise ask your IT administrator.</source>
        <translation>Сертификату %1 этот компьютер не доверяет. Если в вашей компании свой центр сертификации, добавьте его CA-файл в настройках; иначе обратитесь к системному администратору.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="109"/>
        <source>A secure connection to %1 could not be established. Check the server address; if it is correct, ask your IT administrator.</source>
        <translation>Не удалось установить защищённое соединение с %1. Проверьте адрес сервера; если он верен, обратитесь к системному администратору.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="110"/>
        <source>The answer from %1 was larger than %2 MiB and was refused. Check the server address and route settings.</source>
        <translation>Ответ от %1 был больше %2 МиБ и отклонён. Проверьте адрес сервера и настройки маршрутов.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="111"/>
        <source>%1 did not answer within %2 seconds when connecting. Check the address and the network connection; the bridge will try again.</source>
        <translation>%1 не ответил за %2 с при подключении. Проверьте адрес и подключение к сети; Ysell Bridge попробует снова.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="112"/>
        <source>%1 did not finish answering within %2 seconds.</source>
        <translation>%1 не закончил ответ за %2 с.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="113"/>
        <source>The server name %1 could not be found. Check the address in the settings and this computer&apos;s network connection.</source>
        <translation>Имя сервера %1 не найдено. Проверьте адрес в настройках и подключение этого компьютера к сети.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="114"/>
        <source>%1 refused the connection. Check the address and port in the settings, and whether the server is running.</source>
        <translation>%1 отклонил подключение. Проверьте адрес и порт в настройках и работает ли сервер.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="115"/>
        <source>The connection to %1 timed out.</source>
        <translation>Время ожидания подключения к %1 истекло.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="116"/>
        <source>The connection to %1 was lost before the answer arrived; it is not known whether the request was carried out.</source>
        <translation>Соединение с %1 прервалось до получения ответа; неизвестно, был ли запрос выполнен.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="117"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Запрос к %1 отменён.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="118"/>
        <source>%1 answered something that is not valid HTTP. Check the address and port in the settings.</source>
        <translation>%1 ответил чем-то, что не является корректным HTTP. Проверьте адрес и порт в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="119"/>
        <source>The connection to %1 failed (%2). Check this computer&apos;s network connection; the bridge will try again.</source>
        <translation>Подключение к %1 не удалось (%2). Проверьте подключение этого компьютера к сети; Ysell Bridge попробует снова.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="120"/>
        <source>Odoo reported an error without a message.</source>
        <translation>Odoo сообщил об ошибке без текста.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="121"/>
        <source>Odoo rejected the request as malformed (HTTP 400).</source>
        <translation>Odoo отклонил запрос как неправильный (HTTP 400).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="122"/>
        <source>Odoo is busy or unavailable (HTTP %1); the request will be tried again later.</source>
        <translation>Odoo занят или недоступен (HTTP %1); запрос будет повторён позже.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="123"/>
        <source>Odoo answered with HTTP status %1.</source>
        <translation>Odoo ответил со статусом HTTP %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="124"/>
        <source>Odoo sent an answer that is not valid JSON-RPC.</source>
        <translation>Odoo прислал ответ, который не является корректным JSON-RPC.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="125"/>
        <source>Ysell has kept the order in status %1 since %2 UTC (longer than %3 h): Ysell needs a person to look at it.</source>
        <translation>Ysell держит заказ в статусе %1 с %2 UTC (дольше %3 ч): в Ysell заказ должен посмотреть человек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="126"/>
        <source>No status from Ysell since the order was sent on %1 UTC (longer than %2 days): check the order in Ysell.</source>
        <translation>От Ysell нет статуса с отправки заказа %1 UTC (дольше %2 дн.): проверьте заказ в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="127"/>
        <source>The Ysell status %1 has not changed since %2 UTC (longer than %3 days): check the order in Ysell.</source>
        <translation>Статус Ysell %1 не менялся с %2 UTC (дольше %3 дн.): проверьте заказ в Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="128"/>
        <source>Ysell moved the order (status %1): it no longer needs attention.</source>
        <translation>Ysell сдвинул заказ (статус %1): он больше не требует внимания.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="129"/>
        <source>The order no longer needs attention (the stale limits changed).</source>
        <translation>Заказ больше не требует внимания (изменились сроки «без движения»).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="130"/>
        <source>%1 needs a person</source>
        <translation>%1 требует участия человека</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="131"/>
        <source>Ysell Bridge cannot take order %1 further: %2 Once the cause is fixed, the bridge goes on with the order and marks this To-Do done.</source>
        <translation>Ysell Bridge не может продвинуть заказ %1 дальше: %2 Когда причина будет устранена, мост продолжит работу с заказом и отметит эту задачу выполненной.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="132"/>
        <source>Resolved by Ysell Bridge: the order went through.</source>
        <translation>Решено Ysell Bridge: заказ прошёл.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="133"/>
        <source>A To-Do for the salesperson was created in Odoo (activity %1).</source>
        <translation>В Odoo создана задача для продавца (активность %1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="134"/>
        <source>Odoo already has the bridge&apos;s To-Do for this order (activity %1).</source>
        <translation>В Odoo уже есть задача моста по этому заказу (активность %1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="135"/>
        <source>The To-Do in Odoo was marked done: the order went through.</source>
        <translation>Задача в Odoo отмечена выполненной: заказ прошёл.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="136"/>
        <source>The To-Do in Odoo had already been marked done or removed.</source>
        <translation>Задача в Odoo уже была отмечена выполненной или удалена.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="137"/>
        <source>The To-Do in Odoo could not be created or closed: %1</source>
        <translation>Не удалось создать или закрыть задачу в Odoo: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="138"/>
        <source>Odoo did not take the To-Do of %1 order(s): %2</source>
        <translation>Odoo не принял задачи по заказам (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="139"/>
        <source>Could not write the export: %1</source>
        <translation>Не удалось записать экспорт: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="140"/>
        <source>Could not read the journal %1:</source>
        <translation>Не удалось прочитать журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="141"/>
        <source>The export file is not open for writing.</source>
        <translation>Файл экспорта не открыт для записи.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="142"/>
        <source>Could not save a setting in the journal:</source>
        <translation>Не удалось сохранить настройку в журнале:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="143"/>
        <source>Could not save the serial numbers of order %1:</source>
        <translation>Не удалось сохранить серийные номера заказа %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="144"/>
        <source>The serial numbers of order %1 were not saved: the journal does not know the order, or several orders have that name.</source>
        <translation>Серийные номера заказа %1 не сохранены: журнал не знает этот заказ или так называются несколько заказов.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="145"/>
        <source>Could not add an event to the journal:</source>
        <translation>Не удалось добавить событие в журнал:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="146"/>
        <source>%1 orders are named “%2”: %3. Give the one you mean by its Odoo id, e.g. #%4.</source>
        <translation>Заказов с именем «%2»: %1 — %3. Укажите нужный по его ID в Odoo, например #%4.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="148"/>
        <source>the journal has no order “%1”.</source>
        <translation>в журнале нет заказа «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="149"/>
        <source>the journal has no order with Odoo id %1.</source>
        <translation>в журнале нет заказа с ID %1 в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="150"/>
        <source>Could not save order %1 in the journal:</source>
        <translation>Не удалось сохранить заказ %1 в журнале:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="151"/>
        <source>An order without a name cannot be stored in the journal.</source>
        <translation>Заказ без имени нельзя сохранить в журнале.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="152"/>
        <source>Could not write to the journal %1:</source>
        <translation>Не удалось записать в журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="153"/>
        <source>Could not record an exchange in the journal:</source>
        <translation>Не удалось записать обмен в журнал:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="154"/>
        <source>The journal %1 is damaged.</source>
        <translation>Журнал %1 повреждён.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="155"/>
        <source>Could not check the journal %1:</source>
        <translation>Не удалось проверить журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="156"/>
        <source>Could not upgrade the journal %1:</source>
        <translation>Не удалось обновить журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="157"/>
        <source>Could not upgrade the journal %1 to schema %2:</source>
        <translation>Не удалось обновить журнал %1 до схемы %2:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="158"/>
        <source>%1 is not a Ysell Bridge journal or is damaged:</source>
        <translation>%1 не является журналом Ysell Bridge или повреждён:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="159"/>
        <source>The journal %1 has an older layout (schema %2); start Ysell Bridge once to upgrade it.</source>
        <translation>Журнал %1 имеет старую структуру (схема %2); запустите Ysell Bridge один раз, чтобы обновить его.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="160"/>
        <source>%1 is not a Ysell Bridge journal yet.</source>
        <translation>%1 пока не является журналом Ysell Bridge.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="161"/>
        <source>Could not configure the journal %1:</source>
        <translation>Не удалось настроить журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="162"/>
        <source>The journal %1 cannot use write-ahead logging on this file system.</source>
        <translation>Журнал %1 не может использовать упреждающую запись (WAL) в этой файловой системе.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="163"/>
        <source>The journal %1 was written by a newer Ysell Bridge (schema %2; this version understands up to %3). Update Ysell Bridge or choose another journal file.</source>
        <translation>Журнал %1 записан более новой версией Ysell Bridge (схема %2; эта версия понимает схемы до %3). Обновите Ysell Bridge или выберите другой файл журнала.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="164"/>
        <source>Could not open the journal %1:</source>
        <translation>Не удалось открыть журнал %1:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="165"/>
        <source>The SQLite driver of Qt (libqsqlite) is not installed.</source>
        <translation>Драйвер SQLite для Qt (libqsqlite) не установлен.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="166"/>
        <source>The journal %1 is open read-only.</source>
        <translation>Журнал %1 открыт только для чтения.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="167"/>
        <source>There is no journal at %1.</source>
        <translation>Журнала %1 нет.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="168"/>
        <source>Could not create the journal %1: %2</source>
        <translation>Не удалось создать журнал %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="169"/>
        <source>Could not create the lock file %1.lock: check the folder&apos;s permissions.</source>
        <translation>Не удалось создать файл блокировки %1.lock: проверьте права на папку.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="170"/>
        <source>The journal %1 is on a read-only file system: the sync cannot run from it. “orders” and “log” can still read it.</source>
        <translation>Журнал %1 находится на файловой системе только для чтения: синхронизация с ним невозможна. Команды «orders» и «log» по-прежнему могут его читать.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="171"/>
        <source>The disk that holds the journal %1 is full: free some space. Nothing is sent until the journal can record it.</source>
        <translation>Диск с журналом %1 заполнен: освободите место. Ничего не отправляется, пока журнал не сможет это записать.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="172"/>
        <source>Another Ysell Bridge is already using the journal %1. Stop it first.</source>
        <translation>Другой Ysell Bridge уже использует журнал %1. Сначала остановите его.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="173"/>
        <source>Another Ysell Bridge (process %1) is already using the journal %2. Stop it first.</source>
        <translation>Другой Ysell Bridge (процесс %1) уже использует журнал %2. Сначала остановите его.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="174"/>
        <source>No journal file was given.</source>
        <translation>Файл журнала не указан.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="175"/>
        <source>The journal %1 could not be opened (%2). Check that its folder exists and can be written.</source>
        <translation>Журнал %1 не удалось открыть (%2). Проверьте, что его папка существует и доступна для записи.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="176"/>
        <source>The journal %1 could not be read or written (input/output error: %2). Check the disk.</source>
        <translation>Журнал %1 не удалось прочитать или записать (ошибка ввода-вывода: %2). Проверьте диск.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="177"/>
        <source>The journal %1 cannot be written: the file or its file system is read-only.</source>
        <translation>В журнал %1 нельзя записывать: файл или его файловая система доступны только для чтения.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="178"/>
        <source>The disk that holds the journal %1 is full: free some space. Nothing more is recorded, so nothing more is sent, until then.</source>
        <translation>Диск с журналом %1 заполнен: освободите место. До тех пор ничего больше не записывается, поэтому ничего больше и не отправляется.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="179"/>
        <source>The journal %1 is damaged (%2). Ysell Bridge does not use a damaged journal: keep the file for support, move it aside and start again; orders that are already in Ysell are adopted, not sent twice.</source>
        <translation>Журнал %1 повреждён (%2). Ysell Bridge не работает с повреждённым журналом: сохраните файл для поддержки, переместите его в другое место и запустите снова; заказы, которые уже есть в Ysell, будут приняты, а не отправлены повторно.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="180"/>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="181"/>
        <source>Could not create the folder %1 for the journal.</source>
        <translation>Не удалось создать папку %1 для журнала.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="182"/>
        <source>Only https:// addresses are allowed; “%1” is not one. Enter the address like https://example.com.</source>
        <translation>Разрешены только адреса https://; «%1» к ним не относится. Введите адрес как https://example.com.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="183"/>
        <source>Only https:// addresses are allowed. Change “%1” to “https://%2” in the settings; unencrypted connections would expose passwords and tokens.</source>
        <translation>Разрешены только адреса https://. Замените в настройках «%1» на «https://%2»; при соединении без шифрования пароли и токены были бы видны посторонним.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="184"/>
        <source>“%1” is not a complete web address. Enter it like https://example.com.</source>
        <translation>«%1» не является полным веб-адресом. Введите его как https://example.com.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="185"/>
        <source>The CA file %1 could not be read or holds no certificate. Choose the CA certificate file (PEM, usually ending in .pem or .crt) in the settings, or clear the field.</source>
        <translation>CA-файл %1 не читается или не содержит сертификата. Выберите в настройках файл сертификата центра сертификации (PEM, обычно с окончанием .pem или .crt) или очистите поле.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="186"/>
        <source>Odoo refused the login or password/API key for %1. Check both in the settings.</source>
        <translation>Odoo не принял логин или пароль/API-ключ для %1. Проверьте оба в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="187"/>
        <source>The Odoo request was cancelled.</source>
        <translation>Запрос к Odoo отменён.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="188"/>
        <source>the model list</source>
        <translation>список моделей</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="189"/>
        <source>the field list</source>
        <translation>список полей</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="190"/>
        <source>a record reference</source>
        <translation>ссылку на запись</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="191"/>
        <source>the sign-in answer</source>
        <translation>ответ на вход</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="192"/>
        <source>its version</source>
        <translation>свою версию</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="193"/>
        <source>the operation types</source>
        <translation>типы операций</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="194"/>
        <source>the stock locations</source>
        <translation>места хранения</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="195"/>
        <source>the pickings</source>
        <translation>складские перемещения</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="196"/>
        <source>the reserved serial numbers</source>
        <translation>зарезервированные серийные номера</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="197"/>
        <source>the sales orders</source>
        <translation>заказы на продажу</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="198"/>
        <source>Odoo sent %1 in an unexpected shape.</source>
        <translation>Odoo прислал %1 в неожиданном виде.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="199"/>
        <source>Odoo has no database named &quot;%1&quot;. Check the database name in the settings.</source>
        <translation>В Odoo нет базы данных «%1». Проверьте имя базы данных в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="200"/>
        <source>Odoo could not open the database: %1</source>
        <translation>Odoo не смог открыть базу данных: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="201"/>
        <source>The ZIP archive would be larger than 4 GiB.</source>
        <translation>ZIP-архив получился бы больше 4 ГиБ.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="202"/>
        <source>A ZIP archive without ZIP64 holds at most 65,535 files.</source>
        <translation>ZIP-архив без ZIP64 вмещает не более 65 535 файлов.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="203"/>
        <source>The file name “%1” is too long for a ZIP archive.</source>
        <translation>Имя файла «%1» слишком длинное для ZIP-архива.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="204"/>
        <source>The ZIP archive already has a file “%1”.</source>
        <translation>В ZIP-архиве уже есть файл «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="205"/>
        <source>“%1” is not a valid name for a file in a ZIP archive.</source>
        <translation>«%1» — недопустимое имя файла в ZIP-архиве.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="206"/>
        <source>The journal was closed during the reconciliation.</source>
        <translation>Журнал закрылся во время сверки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="207"/>
        <source>There is no journal yet: nothing has been sent to compare with.</source>
        <translation>Журнала ещё нет: сравнивать не с чем, ничего не отправлялось.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="208"/>
        <source>Cannot write the support bundle to %1: %2.</source>
        <translation>Не удалось записать пакет для поддержки в %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="209"/>
        <source>The support bundle was not written: %1 would still contain a secret.</source>
        <translation>Пакет для поддержки не записан: %1 всё ещё содержал бы секрет.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="210"/>
        <source>There is no journal yet, so it has no order “%1”.</source>
        <translation>Журнала ещё нет, поэтому в нём нет заказа «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="211"/>
        <source>Cannot remove the secret file %1.</source>
        <translation>Не удаётся удалить файл секрета %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="212"/>
        <source>Cannot write the secret file %1 (%2).</source>
        <translation>Не удаётся записать файл секрета %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="213"/>
        <source>Cannot make the secret file %1 private.</source>
        <translation>Не удаётся закрыть доступ к файлу секрета %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="214"/>
        <source>Cannot create the secrets directory %1.</source>
        <translation>Не удаётся создать папку секретов %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="215"/>
        <source>The secret file %1 is empty.</source>
        <translation>Файл секрета %1 пуст.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="216"/>
        <source>The secret file %1 is not UTF-8 text.</source>
        <translation>Файл секрета %1 не является текстом UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="217"/>
        <source>The secret file %1 is too large to be a password or token.</source>
        <translation>Файл секрета %1 слишком велик для пароля или токена.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="218"/>
        <source>The secret file %1 cannot be read (%2).</source>
        <translation>Файл секрета %1 не читается (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="219"/>
        <source>The secret file %1 can be read or changed by other users; it is refused until you run: chmod 600 %2</source>
        <translation>Файл секрета %1 могут читать или изменять другие пользователи; он не принимается, пока вы не выполните: chmod 600 %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="220"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 не является обычным файлом.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="221"/>
        <source>The secrets directory %1 can be read or changed by other users; secrets there are refused until you run: chmod 700 %2</source>
        <translation>Папку секретов %1 могут читать или изменять другие пользователи; секреты из неё не принимаются, пока вы не выполните: chmod 700 %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="222"/>
        <source>%1 is not a directory; --secrets-dir needs a directory holding odoo-password and ysell-token.</source>
        <translation>%1 не является папкой; для --secrets-dir нужна папка с файлами odoo-password и ysell-token.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="223"/>
        <source>The secrets directory %1 does not exist.</source>
        <translation>Папка секретов %1 не существует.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="224"/>
        <source>the system keychain</source>
        <translation>системная связка ключей</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="225"/>
        <source>The system keychain did not answer in time. If it asks for a password, unlock it and try again.</source>
        <translation>Системная связка ключей не ответила вовремя. Если она запрашивает пароль, разблокируйте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="226"/>
        <source>The system keychain could not remove the %1.</source>
        <translation>Системная связка ключей не смогла удалить: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="227"/>
        <source>The system keychain could not store the %1.</source>
        <translation>Системная связка ключей не смогла сохранить: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="228"/>
        <source>The system keychain could not read the %1.</source>
        <translation>Системная связка ключей не смогла прочитать: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="229"/>
        <source>The %1 could not be removed from the system keychain.</source>
        <translation>Не удалось удалить из системной связки ключей: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="230"/>
        <source>The system keychain refused access; it may be locked. Unlock it and try again.</source>
        <translation>Системная связка ключей отказала в доступе; возможно, она заблокирована. Разблокируйте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="231"/>
        <source>Access to the system keychain was denied, so the %1 cannot be used.</source>
        <translation>Доступ к системной связке ключей запрещён, поэтому %1 нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="232"/>
        <source>No system keychain is available (for example GNOME Keyring, KWallet or KeePassXC with Secret Service must be running).</source>
        <translation>Системная связка ключей недоступна (должна быть запущена, например, GNOME Keyring, KWallet или KeePassXC с Secret Service).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="233"/>
        <source>(Looked in: %1.)</source>
        <translation>(Искали в: %1.)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="234"/>
        <source>No secret named &quot;%1&quot; is stored yet.</source>
        <translation>Секрет «%1» ещё не сохранён.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="235"/>
        <source>No Odoo password or API key is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set odoo</source>
        <translation>Пароль или API-ключ Odoo ещё не сохранён. Введите его в настройках или выполните: ysell-bridge-cli secret set odoo</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="236"/>
        <source>No Ysell token is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set ysell</source>
        <translation>Токен Ysell ещё не сохранён. Введите его в настройках или выполните: ysell-bridge-cli secret set ysell</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="237"/>
        <source>Ysell token</source>
        <translation>токен Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="238"/>
        <source>Odoo password or API key</source>
        <translation>пароль или API-ключ Odoo</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="239"/>
        <source>An empty %1 cannot be stored.</source>
        <translation>Пустое значение нельзя сохранить: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="240"/>
        <source>Invalid secret name (%1 characters); a name is lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Неправильное имя секрета (%1 симв.); имя состоит из строчных латинских букв, цифр, «.», «_» и «-».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="241"/>
        <source>Cannot save the settings to %1: %2.</source>
        <translation>Не удаётся сохранить настройки в %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="242"/>
        <source>Cannot make %1 private (mode 600).</source>
        <translation>Не удаётся закрыть доступ к %1 (режим 600).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="243"/>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="244"/>
        <source>Cannot prepare the settings file.</source>
        <translation>Не удаётся подготовить файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="245"/>
        <source>Cannot create a temporary folder to save the settings.</source>
        <translation>Не удаётся создать временную папку для сохранения настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="246"/>
        <source>Cannot save the settings: %1 is a folder.</source>
        <translation>Не удаётся сохранить настройки: %1 — это папка.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="247"/>
        <source>The settings were not saved:</source>
        <translation>Настройки не сохранены:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="248"/>
        <source>No configuration file was given.</source>
        <translation>Файл настроек не указан.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="249"/>
        <source>Cannot create a temporary copy of the configuration.</source>
        <translation>Не удаётся создать временную копию настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="250"/>
        <source>Cannot create a temporary folder to read the configuration.</source>
        <translation>Не удаётся создать временную папку для чтения настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="251"/>
        <source>The configuration file %1 cannot be used:</source>
        <translation>Файл настроек %1 нельзя использовать:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="252"/>
        <source>The Ysell token contains a control character (a line break inside the file, say); store it again without.</source>
        <translation>Токен Ysell содержит управляющий символ (например, перевод строки внутри файла); сохраните его заново без него.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="253"/>
        <source>The Odoo password or API key contains a control character (a line break inside the file, say); store it again without.</source>
        <translation>Пароль или API-ключ Odoo содержит управляющий символ (например, перевод строки внутри файла); сохраните его заново без него.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="254"/>
        <source>The Ysell token is not set.</source>
        <translation>Токен Ysell не задан.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="255"/>
        <source>The Odoo password or API key is not set.</source>
        <translation>Пароль или API-ключ Odoo не задан.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="256"/>
        <source>Odoo has no order “%1” (or the bridge&apos;s Odoo user cannot see it).</source>
        <translation>В Odoo нет заказа «%1» (или пользователь Odoo, от имени которого работает мост, его не видит).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="257"/>
        <source>The journal is closed.</source>
        <translation>Журнал закрыт.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="258"/>
        <source>Odoo no longer has order %1.</source>
        <translation>В Odoo больше нет заказа %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="259"/>
        <source>Could not read the lines of %1 from Odoo: %2</source>
        <translation>Не удалось прочитать строки %1 из Odoo: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="260"/>
        <source>Order %1 has no Odoo id in the journal yet; wait for the next send cycle.</source>
        <translation>У заказа %1 в журнале ещё нет ID Odoo; дождитесь следующего цикла отправки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="261"/>
        <source>Serial number %1 is already used for order %2.</source>
        <translation>Серийный номер %1 уже использован для заказа %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="262"/>
        <source>Serial number %1 is given twice.</source>
        <translation>Серийный номер %1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="263"/>
        <source>%1 needs %2 serial numbers; %3 are entered. Fill in every unit, or leave all of them empty to use the serial numbers reserved in Odoo.</source>
        <translation>Для %1 нужно серийных номеров: %2, введено: %3. Заполните все единицы или оставьте все пустыми, чтобы использовать серийные номера, зарезервированные в Odoo.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="264"/>
        <source>a request without the token was not refused but answered with HTTP %1</source>
        <translation>запрос без токена не был отклонён, а получил ответ HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="265"/>
        <source>HTTP %1</source>
        <translation>ответ HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="266"/>
        <source>HTTP %1 with an answer that is not an order or a list of orders</source>
        <translation>HTTP %1 с ответом, который не является заказом или списком заказов</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="267"/>
        <source>HTTP 404 without Ysell&apos;s error object</source>
        <translation>HTTP 404 без объекта ошибки Ysell</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="268"/>
        <source>The server at %1 does not answer like Ysell&apos;s API (%2). Check the Ysell address and the route preset in the settings.</source>
        <translation>Сервер %1 отвечает не так, как API Ysell (%2). Проверьте адрес Ysell и набор маршрутов в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="269"/>
        <source>No Ysell API token is set. Enter the token of the Ysell user in the settings.</source>
        <translation>API-токен Ysell не задан. Введите токен пользователя Ysell в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="270"/>
        <source>No HTTP client was given.</source>
        <translation>HTTP-клиент не задан.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="271"/>
        <source>Ysell answered the search for order %1 with order %2. Check the find-by-number route in the settings.</source>
        <translation>На поиск заказа %1 Ysell ответил заказом %2. Проверьте в настройках маршрут поиска по номеру.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="272"/>
        <source>Ysell answered the search for order %1 with a list of all orders. Check the find-by-number route in the settings.</source>
        <translation>На поиск заказа %1 Ysell ответил списком всех заказов. Проверьте в настройках маршрут поиска по номеру.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="273"/>
        <source>Ysell&apos;s list of orders holds something that is not an order.</source>
        <translation>В списке заказов Ysell есть что-то, что не является заказом.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="274"/>
        <source>Ysell&apos;s answer about the order has no status at “%1”. Check answer.status in the Ysell mapping file.</source>
        <translation>В ответе Ysell о заказе нет статуса по пути «%1». Проверьте answer.status в файле соответствия Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="275"/>
        <source>Ysell&apos;s answer has no order id at “%1”; check answer.id in the Ysell mapping file.</source>
        <translation>В ответе Ysell нет идентификатора заказа по пути «%1»; проверьте answer.id в файле соответствия Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="276"/>
        <source>Ysell sent an order status the bridge cannot read at “%1”. Check answer.status in the Ysell mapping file.</source>
        <translation>Ysell прислал по пути «%1» статус заказа, который мост не может прочитать. Проверьте answer.status в файле соответствия Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="277"/>
        <source>Ysell&apos;s answer has no order id.</source>
        <translation>В ответе Ysell нет ID заказа.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="278"/>
        <source>Ysell&apos;s answer is not an order.</source>
        <translation>Ответ Ysell не является заказом.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="279"/>
        <source>Ysell sent an order status the bridge cannot read.</source>
        <translation>Ysell прислал статус заказа, который Ysell Bridge не может прочитать.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="280"/>
        <source>Ysell sent an order status without a code.</source>
        <translation>Ysell прислал статус заказа без кода.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="281"/>
        <source>Ysell&apos;s answer is not valid JSON. Check the Ysell address and route settings; a proxy or login page may be answering instead.</source>
        <translation>Ответ Ysell не является корректным JSON. Проверьте адрес Ysell и настройки маршрутов; возможно, вместо Ysell отвечает прокси или страница входа.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="282"/>
        <source>Ysell&apos;s answer is nested too deeply to be order data. Check the Ysell address and route settings.</source>
        <translation>Ответ Ysell слишком глубоко вложен для данных заказа. Проверьте адрес Ysell и настройки маршрутов.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="283"/>
        <source>Ysell sent an empty answer where order data was expected.</source>
        <translation>Ysell прислал пустой ответ вместо данных заказа.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="284"/>
        <source>The Ysell address “%1” with route “%2” does not form a valid web address.</source>
        <translation>Адрес Ysell «%1» с маршрутом «%2» не образует правильный веб-адрес.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="285"/>
        <source>The Ysell route “%1” uses {%2}, which cannot be filled in here.</source>
        <translation>Маршрут Ysell «%1» использует {%2}, который здесь нельзя подставить.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="286"/>
        <source>The Ysell route “%1” must start with a single “/”.</source>
        <translation>Маршрут Ysell «%1» должен начинаться с одного «/».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="287"/>
        <source>The Ysell route “%1” uses {%2}; only {id} and {order_num} can be filled in.</source>
        <translation>Маршрут Ysell «%1» использует {%2}; подставить можно только {id} и {order_num}.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="288"/>
        <source>The Ysell route “%1” is not valid. Write it like “GET /api/v1/order/{id}”.</source>
        <translation>Маршрут Ysell «%1» неправильный. Запишите его как «GET /api/v1/order/{id}».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="289"/>
        <source>The Ysell mapping file %1 has problems:</source>
        <translation>В файле соответствия Ysell %1 есть ошибки:</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="290"/>
        <source>the file cannot be read (%1).</source>
        <translation>файл не читается (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="291"/>
        <source>this is not a file.</source>
        <translation>это не файл.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="292"/>
        <source>the file does not exist.</source>
        <translation>файл не существует.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="293"/>
        <source>The Ysell mapping file %1: %2</source>
        <translation>Файл соответствия Ysell %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="294"/>
        <source>line %1: %2 goes under “%3”, which clashes with %4 (“%5”, %6).</source>
        <translation>строка %1: %2 идёт под именем «%3», которое пересекается с %4 («%5», %6).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="295"/>
        <source>the preset</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="296"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="297"/>
        <source>line %1: “%2” is not a field the bridge knows. Known: preset, encoding, serials, answer.status, answer.status_name, answer.id, %3.</source>
        <translation>строка %1: поле «%2» мосту неизвестно. Известны: preset, encoding, serials, answer.status, answer.status_name, answer.id, %3.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="298"/>
        <source>line %1: “%2” is not a valid name; use letters, digits, _ and -, with dots to nest (recipient.city).</source>
        <translation>строка %1: «%2» — недопустимое имя; используйте буквы, цифры, _ и -, а точки — для вложенности (recipient.city).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="299"/>
        <source>line %1: %2 cannot be left out; Ysell needs it.</source>
        <translation>строка %1: %2 нельзя пропустить — оно нужно Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="300"/>
        <source>line %1: “%2” is not a path; write dotted names such as status.code.</source>
        <translation>строка %1: «%2» — не путь; пишите имена через точку, например status.code.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="301"/>
        <source>line %1: %2 cannot be empty; the bridge must read it from Ysell&apos;s answer.</source>
        <translation>строка %1: %2 не может быть пустым; мост должен прочитать это из ответа Ysell.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="302"/>
        <source>line %1: serials must be list or comma, not “%2”.</source>
        <translation>строка %1: serials должен быть list или comma, а не «%2».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="303"/>
        <source>line %1: encoding must be json or multipart, not “%2”.</source>
        <translation>строка %1: encoding должен быть json или multipart, а не «%2».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="304"/>
        <source>line %1: preset must be %2, not “%3”.</source>
        <translation>строка %1: preset должен быть %2, а не «%3».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="305"/>
        <source>line %1: “%2” is already set on line %3.</source>
        <translation>строка %1: «%2» уже задано в строке %3.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="306"/>
        <source>line %1: write “field = name”, e.g. “item.qty = qty”.</source>
        <translation>строка %1: пишите «поле = имя», например «item.qty = qty».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="307"/>
        <source>line %1: contains control characters.</source>
        <translation>строка %1: содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="308"/>
        <source>The mapping is not UTF-8 text.</source>
        <translation>Файл соответствия — не текст в UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="309"/>
        <source>The mapping is larger than %1 KiB; it is not a mapping file.</source>
        <translation>Файл соответствия больше %1 КиБ; это не файл соответствия.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="310"/>
        <source>Odoo has no model %1; is the Sales app installed?</source>
        <translation>В Odoo нет модели %1; установлено ли приложение «Продажи»?</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="311"/>
        <source>Creating the field %1.%2 failed: %3</source>
        <translation>Не удалось создать поле %1.%2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="312"/>
        <source>Your Odoo user may not create fields. Ask an Odoo administrator to create the fields x_ysell_product_id (on Product Variant), x_ysell_order_id and x_ysell_state (on Sales Order) as text fields, or to give your user the Administration/Settings rights for this step.</source>
        <translation>Вашему пользователю Odoo нельзя создавать поля. Попросите администратора Odoo создать текстовые поля x_ysell_product_id (в «Вариант товара»), x_ysell_order_id и x_ysell_state (в «Заказ на продажу») или дать вашему пользователю права «Администрирование/Настройки» для этого шага.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="313"/>
        <source>%1 is not known yet; it is picked up when Odoo lists it as confirmed.</source>
        <translation>%1 пока неизвестен; он будет взят, когда Odoo покажет его подтверждённым.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="314"/>
        <source>Orders #%1 and #%2 have the same number %3 in Ysell; #%2 is not sent.</source>
        <translation>У заказов #%1 и #%2 один и тот же номер %3 в Ysell; #%2 не отправляется.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="315"/>
        <source>The reconciliation was cancelled.</source>
        <translation>Сверка отменена.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="316"/>
        <source>The other delivery %1 is no longer open in Odoo (done or cancelled).</source>
        <translation>Другая доставка %1 больше не открыта в Odoo (выполнена или отменена).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="317"/>
        <source>The other deliveries %1 are no longer open in Odoo (done or cancelled).</source>
        <translation>Другие доставки %1 больше не открыты в Odoo (выполнены или отменены).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="318"/>
        <source>Still open: %1.</source>
        <translation>По-прежнему открыто: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="319"/>
        <source>Odoo has no internal location named “%1”.</source>
        <translation>В Odoo нет внутреннего места хранения «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="320"/>
        <source>Create the location in Odoo (Inventory → Configuration → Locations), or enter its exact name in the settings.</source>
        <translation>Создайте место хранения в Odoo (Склад → Настройки → Места хранения) или введите его точное имя в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="321"/>
        <source>Several locations match “%1”: %2.</source>
        <translation>Под «%1» подходят несколько мест хранения: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="322"/>
        <source>Enter the full name of the right one (for example %1) in the settings.</source>
        <translation>Введите в настройках полное имя нужного (например, %1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="323"/>
        <source>The location %1 belongs to no warehouse.</source>
        <translation>Место хранения %1 не относится ни к одному складу.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="324"/>
        <source>Move the location under a warehouse in Odoo, so that deliveries can start from it.</source>
        <translation>Перенесите место хранения в Odoo под склад, чтобы из него можно было отправлять доставки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="325"/>
        <source>Found %1 (warehouse %2).</source>
        <translation>Найдено %1 (склад %2).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="326"/>
        <source>The warehouse of %1 has no delivery operation type.</source>
        <translation>У склада %1 нет типа операции доставки.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="327"/>
        <source>Create a Delivery operation type for that warehouse in Odoo (Inventory → Configuration → Operation Types).</source>
        <translation>Создайте для этого склада тип операции «Доставка» в Odoo (Склад → Настройки → Типы операций).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="328"/>
        <source>The warehouse of %1 has no delivery operation type named “%2”; it has %3.</source>
        <translation>У склада %1 нет типа операции доставки с названием «%2»; есть: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="329"/>
        <source>Choose one of them as the delivery type in the settings, or leave the field empty to use the first one.</source>
        <translation>Выберите один из них как тип доставки в настройках или оставьте поле пустым, чтобы использовать первый.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="330"/>
        <source>Deliveries will use “%1” (%2).</source>
        <translation>Для доставок будет использоваться «%1» (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Text.cpp" line="331"/>
        <source>The warehouse has %n delivery types; this is the first by sequence, the others are %1.</source>
        <translation>
            <numerusform>У склада %n тип доставки; это первый по порядку, остальные: %1.</numerusform>
            <numerusform>У склада %n типа доставки; это первый по порядку, остальные: %1.</numerusform>
            <numerusform>У склада %n типов доставки; это первый по порядку, остальные: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/Text.cpp" line="332"/>
        <source>%n delivery types of the warehouse are named “%1”; this is the first by sequence.</source>
        <translation>
            <numerusform>%n тип доставки склада называется «%1»; это первый по порядку.</numerusform>
            <numerusform>%n типа доставки склада называются «%1»; это первый по порядку.</numerusform>
            <numerusform>%n типов доставки склада называются «%1»; это первый по порядку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="333"/>
        <source>If deliveries should use another one, choose it as the delivery type in the settings.</source>
        <translation>Если доставки должны использовать другой, выберите его как тип доставки в настройках.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="334"/>
        <source>Rename the others in Odoo (Inventory → Configuration → Operation Types).</source>
        <translation>Переименуйте остальные в Odoo (Склад → Настройки → Типы операций).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="335"/>
        <source>The locations could not be read.</source>
        <translation>Не удалось прочитать места хранения.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="336"/>
        <source>Found the Customers location.</source>
        <translation>Место хранения «Клиенты» найдено.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="337"/>
        <source>Odoo has no standard Customers location: %1</source>
        <translation>В Odoo нет стандартного места хранения «Клиенты»: %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="338"/>
        <source>Check that the Inventory app is installed in Odoo.</source>
        <translation>Проверьте, что в Odoo установлено приложение «Склад».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="339"/>
        <source>The Customers location could not be looked up.</source>
        <translation>Не удалось найти место хранения «Клиенты».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="340"/>
        <source>the warehouse of the ShemaxGlobal location is not known.</source>
        <translation>склад места хранения ShemaxGlobal неизвестен.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="341"/>
        <source>The operation types could not be read.</source>
        <translation>Не удалось прочитать типы операций.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="342"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="343"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="344"/>
        <source>system keychain</source>
        <translation>системная связка ключей</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="345"/>
        <source>secrets directory %1</source>
        <translation>папка секретов %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="346"/>
        <source>this session only</source>
        <translation>только этот сеанс</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="347"/>
        <source>No system keychain is available; secrets are kept for this session only.</source>
        <translation>Системная связка ключей недоступна; секреты хранятся только до конца этого сеанса.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="350"/>
        <source>must start with https:// (plain http:// would send passwords and orders unencrypted)</source>
        <translation>должен начинаться с https:// (по простому http:// пароли и заказы передавались бы без шифрования)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="351"/>
        <source>must start with https://, e.g. https://example.com</source>
        <translation>должен начинаться с https://, например https://example.com</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="352"/>
        <source>is not a valid address; write it like https://example.com</source>
        <translation>не является правильным адресом; запишите его как https://example.com</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="353"/>
        <source>must not contain a user name or password; secrets belong in the keychain</source>
        <translation>не должен содержать имя пользователя или пароль; секреты хранятся в связке ключей</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="354"/>
        <source>must not contain &quot;?&quot; or &quot;#&quot;</source>
        <translation>не должен содержать «?» или «#»</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="355"/>
        <source>must be one line of text without control characters</source>
        <translation>должно быть одной строкой текста без управляющих символов</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="356"/>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="357"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="358"/>
        <source>must look like &quot;%1&quot; (the method may be left out), or be empty for the preset</source>
        <translation>должно выглядеть как «%1» (метод можно не указывать) или быть пустым для предустановки</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="359"/>
        <source>uses {%1}; only {id} and {order_num} can be filled in</source>
        <translation>использует {%1}; подставить можно только {id} и {order_num}</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="360"/>
        <source>must contain %1</source>
        <translation>должно содержать %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="361"/>
        <source>The file is not UTF-8 text; it does not look like a configuration file.</source>
        <translation>Файл не является текстом UTF-8; он не похож на файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="362"/>
        <source>Line %1 contains binary data or control characters; the file does not look like a configuration file.</source>
        <translation>Строка %1 содержит двоичные данные или управляющие символы; файл не похож на файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="363"/>
        <source>Line %1: a section header must look like [name].</source>
        <translation>Строка %1: заголовок раздела должен выглядеть как [имя].</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="364"/>
        <source>Line %1 is neither a [section] header nor a &quot;key = value&quot; line.</source>
        <translation>Строка %1 не является ни заголовком [раздела], ни строкой «ключ = значение».</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="365"/>
        <source>Line %1: the key %2 is outside any [section].</source>
        <translation>Строка %1: ключ %2 находится вне [раздела].</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="366"/>
        <source>%1 (line %2): values starting with @ are not supported; write @@ for a literal @.</source>
        <translation>%1 (строка %2): значения, начинающиеся с @, не поддерживаются; для самого символа @ пишите @@.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="367"/>
        <source>contains a comma; write the value in double quotes (&quot;…&quot;)</source>
        <translation>содержит запятую; запишите значение в двойных кавычках (&quot;…&quot;)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="368"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="369"/>
        <source>%1: must name at least one status, e.g. Done,7.1,7.2</source>
        <translation>%1: укажите хотя бы один статус, например Done,7.1,7.2</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="370"/>
        <source>each status must be a short code or name, e.g. 7.1</source>
        <translation>каждый статус должен быть коротким кодом или названием, например 7.1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="371"/>
        <source>each status must be a short code or name, e.g. 3.1</source>
        <translation>каждый статус должен быть коротким кодом или названием, например 3.1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="372"/>
        <source>is also a done status (done_statuses)</source>
        <translation>уже указан как статус выполнения (done_statuses)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="373"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="374"/>
        <source>is not a file</source>
        <translation>не является файлом</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="375"/>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="376"/>
        <source>is a folder; give a file name, e.g. journal.sqlite</source>
        <translation>это папка; укажите имя файла, например journal.sqlite</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="377"/>
        <source>%1: is not a valid date</source>
        <translation>%1: неправильная дата</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="378"/>
        <source>%1: must name the stock location, e.g. ShemaxGlobal</source>
        <translation>%1: укажите место хранения, например ShemaxGlobal</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="379"/>
        <source>must be en, ru, or empty to follow the system</source>
        <translation>должно быть en, ru или пустым (язык системы)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="380"/>
        <source>each category must be a word of letters, digits, _ . or -</source>
        <translation>каждая категория должна быть словом из букв, цифр, _ . или -</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="381"/>
        <source>%1: the Odoo address is not set</source>
        <translation>%1: адрес Odoo не указан</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="382"/>
        <source>%1: the Odoo database is not set</source>
        <translation>%1: база данных Odoo не указана</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="383"/>
        <source>%1: the Odoo login is not set</source>
        <translation>%1: логин Odoo не указан</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="384"/>
        <source>%1: the Ysell address is not set</source>
        <translation>%1: адрес Ysell не указан</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="385"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="386"/>
        <source>This is a folder, not a configuration file.</source>
        <translation>Это папка, а не файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="387"/>
        <source>This is not a regular file (a pipe or a device, say), not a configuration file.</source>
        <translation>Это не обычный файл (например, канал или устройство), а не файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="388"/>
        <source>The file cannot be read (%1).</source>
        <translation>Файл не читается (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="389"/>
        <source>The file is larger than %1 KiB; it is not a configuration file.</source>
        <translation>Файл больше %1 КиБ; это не файл настроек.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="390"/>
        <source>The file is not in INI format (sections in [brackets], then key = value lines).</source>
        <translation>Файл не в формате INI (разделы в [скобках], затем строки ключ = значение).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="391"/>
        <source>[%1]: unknown section; known sections are %2.</source>
        <translation>[%1]: неизвестный раздел; известные разделы: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="392"/>
        <source>%1: secrets are never read from the configuration file; remove the line and store the secret in the system keychain (settings dialog or &quot;ysell-bridge-cli secret set&quot;) or in the secrets directory.</source>
        <translation>%1: секреты никогда не читаются из файла настроек; удалите строку и сохраните секрет в системной связке ключей (окно настроек или «ysell-bridge-cli secret set») или в папке секретов.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="393"/>
        <source>%1: unknown setting; known keys in [%2] are %3.</source>
        <translation>%1: неизвестная настройка; известные ключи в [%2]: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="394"/>
        <source>%1: must be password or api_key (the secret itself is never written here)</source>
        <translation>%1: должно быть password или api_key (сам секрет здесь никогда не записывается)</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="395"/>
        <source>must be %1</source>
        <translation>должно быть %1</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="396"/>
        <source>must be a date written as yyyy-MM-dd, e.g. 2026-01-31, or empty for none</source>
        <translation>должно быть датой в виде гггг-ММ-дд, например 2026-01-31, или пустым</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="397"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/Text.cpp" line="398"/>
        <source>The journal has no order “%1”.</source>
        <translation>В журнале нет заказа «%1».</translation>
    </message>
</context>
<context>
    <name>ysb::Tray</name>
    <message>
        <location filename="../src/gui/Tray.cpp" line="70"/>
        <source>Open Ysell Bridge</source>
        <translation>Открыть Ysell Bridge</translation>
    </message>
    <message>
        <location filename="../src/gui/Tray.cpp" line="71"/>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <location filename="../src/gui/Tray.cpp" line="72"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../src/gui/Tray.cpp" line="73"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../src/gui/Tray.cpp" line="40"/>
        <location filename="../src/gui/Tray.cpp" line="65"/>
        <location filename="../src/gui/Tray.cpp" line="75"/>
        <source>Ysell Bridge</source>
        <translation>Ysell Bridge</translation>
    </message>
</context>
<context>
    <name>ysb::YsellClient</name>
    <message>
        <location filename="../src/core/ysell/YsellClient.cpp" line="95"/>
        <source>X-Request-ID: (a new id for every attempt)</source>
        <translation>X-Request-ID: (новый идентификатор при каждой попытке)</translation>
    </message>
</context>
<context>
    <name>ysb::YsellStatus</name>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="71"/>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="72"/>
        <source>to be paid</source>
        <translation>ожидает оплаты</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="73"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="74"/>
        <source>reservation error</source>
        <translation>ошибка резервирования</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="75"/>
        <source>order without product_id</source>
        <translation>заказ без product_id</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="76"/>
        <source>supplier not found</source>
        <translation>поставщик не найден</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="77"/>
        <source>fulfilment error</source>
        <translation>ошибка выполнения</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="78"/>
        <source>not in stock</source>
        <translation>нет на складе</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="79"/>
        <source>reordered</source>
        <translation>перезаказан</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="80"/>
        <source>in stock</source>
        <translation>на складе</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="81"/>
        <source>ready on prep centre</source>
        <translation>готов в центре подготовки</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="82"/>
        <source>label print error</source>
        <translation>ошибка печати этикетки</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="83"/>
        <source>label printed</source>
        <translation>этикетка напечатана</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="84"/>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="85"/>
        <source>collecting</source>
        <translation>комплектуется</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="86"/>
        <source>packed</source>
        <translation>упакован</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="87"/>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="88"/>
        <source>FBA shipped</source>
        <translation>отправлен в FBA</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="89"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="90"/>
        <source>refunded</source>
        <translation>деньги возвращены</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="91"/>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="104"/>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <location filename="../src/core/ysell/YsellStatus.cpp" line="121"/>
        <source>%1 %2</source>
        <extracomment>A Ysell status as shown: its code, then its name, e.g. &quot;7.1 Shipped&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ysb::cli::CliApp</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="322"/>
        <source>ysell-bridge-cli: %1 needs a value.</source>
        <translation>ysell-bridge-cli: для %1 нужно значение.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="334"/>
        <source>ysell-bridge-cli: unknown option %1 (see --help).</source>
        <translation>ysell-bridge-cli: неизвестный параметр %1 (см. --help).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="280"/>
        <location filename="../src/cli/CliApp.cpp" line="330"/>
        <location filename="../src/cli/CliApp.cpp" line="359"/>
        <source>ysell-bridge-cli: %1</source>
        <translation>ysell-bridge-cli: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="115"/>
        <source>Usage: ysell-bridge-cli [--config FILE] [--secrets-dir DIR] [--json] [--debug] COMMAND [ARGS]

Ysell Bridge sends confirmed Odoo 17 sale orders to the Ysell.pro fulfilment warehouse, checks
their Ysell status, and creates a draft delivery ShemaxGlobal -&gt; customer in Odoo when Ysell is done.

Commands:
  check [--create-fields]    Check the settings and both connections (Odoo 17, sign-in, x_ysell_* fields,
                             ShemaxGlobal, Customers, delivery type, Ysell); --create-fields creates
                             missing Odoo fields (needs Odoo administration rights).
  sync                       One full cycle: send due orders, then check statuses and create pickings.
  send                       Send confirmed orders that are due (new ones and retries).
  sweep                      Check the Ysell status of sent orders; create draft pickings for done ones.
  orders [--state S] [--json]
                             List the orders the journal knows. S: new, needs_attention, sending, sent,
                             done, picking_created, closed (comma-separated for several);
                             needs_attention includes sent orders Ysell has not moved for too long.
  log [--order NAME] [--json]
                             Show the journal: events and exchanges (redacted), for one order or all.
  retry NAME...              Clear the back-off of these orders and try them now.
  serials set NAME LINE SN...
                             Enter the serial numbers of order line LINE (the Odoo line id shown in
                             the order&apos;s problem message) of order NAME.
  secret set odoo|ysell      Read the Odoo password/API key or the Ysell token from standard input
                             and store it in the OS keychain (or in --secrets-dir when given).
  run                        Run headless with the same timers as the desktop app until stopped.
  preview NAME               Print the request that would create order NAME in Ysell (method, URL,
                             headers with the token masked, body) without sending anything or
                             changing any state; why it would not be sent now goes to stderr (exit 4).
  mapping show [PRESET]      Print a request mapping preset (task-statement or ysell-v1) as a file to
                             edit and name in config.ini ([ysell] mapping_file).
  export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]
                             Write a zip for support: the journal of these orders (or of the orders
                             confirmed in the period; all when none is chosen), the settings, the
                             versions and an Odoo setup check. Secrets are removed.
  reconcile [--json]         Compare the Odoo orders confirmed since the start date with the journal
                             and Ysell: not sent, unknown to Ysell, done without a delivery, a delivery
                             without a done status, cancelled after sending; each with what to do.

Options:
  --config FILE              Settings file (default: %1).
  --secrets-dir DIR          Read secrets from files odoo-password and ysell-token in DIR (mode 0600),
                             e.g. systemd&apos;s $CREDENTIALS_DIRECTORY, instead of the OS keychain.
  --json                     Machine-readable output (orders, log, sync, send, sweep, check).
  --debug                    Also print the developer log (ysb.* categories) on standard error.
  -h, --help                 Show this help.
  -v, --version              Show the version.

NAME is the Odoo order name. Two orders can share one (other companies, a rename in Odoo): then
retry, serials set and preview list them and change nothing; name the order by its Odoo id instead,
as #ID, quoted for the shell: retry &apos;#42&apos;. log --order and export-support --order also take #ID.

Secrets are never taken from the command line.

Exit codes:
  0  success
  1  other error
  2  configuration error (settings, secrets, CA file)
  3  connection error (network, TLS, credentials, server errors)
  4  done, but some orders need attention
  5  the journal is in use by another Ysell Bridge process
  6  done, but some orders failed now and wait for an automatic retry
  7  the journal could not be read or written (disk full, read-only, I/O error, damaged file)
When several apply, the first of 7, 3, 4, 6 is returned.
</source>
        <translation>Использование: ysell-bridge-cli [--config ФАЙЛ] [--secrets-dir ПАПКА] [--json] [--debug] КОМАНДА [АРГУМЕНТЫ]

Ysell Bridge отправляет подтверждённые заказы на продажу из Odoo 17 на склад фулфилмента Ysell.pro,
проверяет их статус в Ysell и, когда Ysell выполнил заказ, создаёт в Odoo черновик доставки
ShemaxGlobal -&gt; клиент.

Команды:
  check [--create-fields]    Проверить настройки и оба подключения (Odoo 17, вход, поля x_ysell_*,
                             ShemaxGlobal, «Клиенты», тип доставки, Ysell); --create-fields создаёт
                             недостающие поля Odoo (нужны права администратора Odoo).
  sync                       Один полный цикл: отправить заказы, затем проверить статусы и создать доставки.
  send                       Отправить подтверждённые заказы, которые пора отправить (новые и повторы).
  sweep                      Проверить статус отправленных заказов в Ysell; создать черновики доставок
                             для выполненных.
  orders [--state S] [--json]
                             Показать заказы из журнала. S: new, needs_attention, sending, sent,
                             done, picking_created, closed (несколько — через запятую);
                             needs_attention включает отправленные заказы, которые Ysell слишком
                             долго не двигает.
  log [--order ЗАКАЗ] [--json]
                             Показать журнал: события и обмены (со скрытыми секретами), для одного
                             заказа или для всех.
  retry ЗАКАЗ...             Сбросить паузу перед повтором у этих заказов и повторить их сейчас.
  serials set ЗАКАЗ СТРОКА СН...
                             Ввести серийные номера строки заказа СТРОКА (ID строки Odoo из сообщения
                             о проблеме заказа) заказа ЗАКАЗ.
  secret set odoo|ysell      Прочитать пароль/API-ключ Odoo или токен Ysell со стандартного ввода
                             и сохранить в связке ключей ОС (или в --secrets-dir, если указано).
  run                        Работать без окна с теми же таймерами, что и программа, до остановки.
  preview ИМЯ                Показать запрос, который создал бы заказ ИМЯ в Ysell (метод, адрес,
                             заголовки со скрытым токеном, тело), ничего не отправляя и ничего
                             не меняя; почему заказ сейчас не ушёл бы — в stderr (код выхода 4).
  mapping show [ШАБЛОН]      Вывести шаблон соответствия полей запроса (task-statement или ysell-v1)
                             как файл для правки; его имя указывается в config.ini ([ysell] mapping_file).
  export-support ФАЙЛ [--order ЗАКАЗ|#ID]... [--from ДАТА] [--to ДАТА]
                             Записать zip-файл для поддержки: журнал этих заказов (или заказов,
                             подтверждённых за период; всех, если ничего не выбрано), настройки,
                             версии и проверку настройки Odoo. Секреты удаляются.
  reconcile [--json]         Сверить заказы Odoo, подтверждённые с начальной даты, с журналом и Ysell:
                             не отправлен, неизвестен Ysell, выполнен без доставки, доставка без
                             статуса выполнения, отменён после отправки; для каждого — что делать.

Параметры:
  --config ФАЙЛ              Файл настроек (по умолчанию: %1).
  --secrets-dir ПАПКА        Читать секреты из файлов odoo-password и ysell-token в ПАПКЕ (режим 0600),
                             например $CREDENTIALS_DIRECTORY от systemd, вместо связки ключей ОС.
  --json                     Машиночитаемый вывод (orders, log, sync, send, sweep, check).
  --debug                    Также выводить журнал разработчика (категории ysb.*) в стандартный поток ошибок.
  -h, --help                 Показать эту справку.
  -v, --version              Показать версию.

ЗАКАЗ — имя заказа в Odoo. Одно имя может быть у двух заказов (другие компании, переименование в Odoo):
тогда retry, serials set и preview перечисляют их и ничего не меняют; укажите заказ по его ID в Odoo,
как #ID, в кавычках для оболочки: retry &apos;#42&apos;. log --order и export-support --order тоже принимают #ID.

Секреты никогда не берутся из командной строки.

Коды завершения:
  0  успех
  1  другая ошибка
  2  ошибка настроек (настройки, секреты, CA-файл)
  3  ошибка подключения (сеть, TLS, учётные данные, ошибки сервера)
  4  выполнено, но некоторые заказы требуют внимания
  5  журнал используется другим процессом Ysell Bridge
  6  выполнено, но некоторые заказы сейчас не прошли и ждут автоматического повтора
  7  журнал не удалось прочитать или записать (диск заполнен, только чтение, ошибка ввода-вывода, повреждённый файл)
Если подходят несколько, возвращается первый из 7, 3, 4, 6.
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="242"/>
        <source>unknown command “%1” (see --help).</source>
        <translation>неизвестная команда «%1» (см. --help).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="492"/>
        <source>unknown state “%1”; use one of: new, needs_attention, sending, sent, done, picking_created, closed.</source>
        <translation>неизвестное состояние «%1»; используйте одно из: new, needs_attention, sending, sent, done, picking_created, closed.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="484"/>
        <source>orders: unexpected argument “%1”.</source>
        <translation>orders: лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="516"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="516"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="516"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="516"/>
        <source>Ysell id</source>
        <translation>ID в Ysell</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="516"/>
        <source>Ysell status</source>
        <translation>Статус Ysell</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="517"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="517"/>
        <source>Picking</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="517"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="517"/>
        <source>Other delivery</source>
        <translation>Другая доставка</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="551"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="562"/>
        <source>log: unexpected argument “%1”.</source>
        <translation>log: лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="583"/>
        <source>cannot write to standard output</source>
        <translation>не удаётся писать в стандартный вывод</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="636"/>
        <source>usage: serials set NAME LINE SN...</source>
        <translation>использование: serials set ЗАКАЗ СТРОКА СН...</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="642"/>
        <source>LINE must be the Odoo order line id (a positive number), not “%1”.</source>
        <translation>СТРОКА должна быть ID строки заказа Odoo (положительное число), а не «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="651"/>
        <source>serial number %1 is given twice.</source>
        <translation>серийный номер %1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="668"/>
        <source>the journal has no order “%1”; run sync first.</source>
        <translation>в журнале нет заказа «%1»; сначала выполните sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="680"/>
        <source>%1 line %2: %n serial number(s) stored; they are used on the next send.</source>
        <translation>
            <numerusform>%1, строка %2: сохранён %n серийный номер; он будет использован при следующей отправке.</numerusform>
            <numerusform>%1, строка %2: сохранено %n серийных номера; они будут использованы при следующей отправке.</numerusform>
            <numerusform>%1, строка %2: сохранено %n серийных номеров; они будут использованы при следующей отправке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="691"/>
        <source>usage: secret set odoo|ysell   (the value is read from standard input)</source>
        <translation>использование: secret set odoo|ysell   (значение читается со стандартного ввода)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="697"/>
        <source>cannot read standard input</source>
        <translation>не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="701"/>
        <source>Enter the %1 and press Enter: </source>
        <translation>Введите %1 и нажмите Enter: </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="706"/>
        <source>no value on standard input; nothing stored.</source>
        <translation>на стандартном вводе нет значения; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="710"/>
        <source>the value contains a control character (a tab or a line break inside it, say); nothing stored.</source>
        <translation>значение содержит управляющий символ (например, табуляцию или перевод строки); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="716"/>
        <source>No keychain is available here, so the secret cannot be stored. Use --secrets-dir DIR with files of mode 0600 instead.</source>
        <translation>Связка ключей здесь недоступна, поэтому секрет нельзя сохранить. Используйте вместо этого --secrets-dir ПАПКА с файлами в режиме 0600.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="726"/>
        <source>%1 stored in the %2.</source>
        <translation>%1: сохранено (%2).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="739"/>
        <source>send: %1 new in Odoo, %2 sent, %3 adopted, %4 need attention, %5 to retry, %6 skipped</source>
        <translation>send: новых в Odoo %1, отправлено %2, принято %3, требуют внимания %4, к повтору %5, пропущено %6</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="748"/>
        <source>sweep: %1 checked, %2 done, %3 pickings created, %4 adopted, %5 failed</source>
        <translation>sweep: проверено %1, выполнено %2, создано доставок %3, принято %4, с ошибкой %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="756"/>
        <source>%n sent order(s) now need attention: Ysell has not moved them for too long (see “orders”).</source>
        <translation>
            <numerusform>%n отправленный заказ теперь требует внимания: Ysell слишком долго его не двигает (см. «orders»).</numerusform>
            <numerusform>%n отправленных заказа теперь требуют внимания: Ysell слишком долго их не двигает (см. «orders»).</numerusform>
            <numerusform>%n отправленных заказов теперь требуют внимания: Ysell слишком долго их не двигает (см. «orders»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="762"/>
        <source>%n order(s) left alone: another workstation is handling them.</source>
        <translation>
            <numerusform>%n заказ не тронут: им занимается другое рабочее место.</numerusform>
            <numerusform>%n заказа не тронуты: ими занимается другое рабочее место.</numerusform>
            <numerusform>%n заказов не тронуты: ими занимается другое рабочее место.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliApp.cpp" line="763"/>
        <source>%n order(s) left alone: workstation %1 is handling them (its claim runs until %2 UTC).</source>
        <translation>
            <numerusform>%n заказ не тронут: им занимается рабочее место %1 (его отметка действует до %2 UTC).</numerusform>
            <numerusform>%n заказа не тронуты: ими занимается рабочее место %1 (его отметка действует до %2 UTC).</numerusform>
            <numerusform>%n заказов не тронуты: ими занимается рабочее место %1 (его отметка действует до %2 UTC).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="770"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="331"/>
        <location filename="../src/cli/CliApp.cpp" line="815"/>
        <source>%1: unexpected argument “%2”.</source>
        <translation>%1: лишний аргумент «%2».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="819"/>
        <source>usage: retry NAME...</source>
        <translation>использование: retry ЗАКАЗ...</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="859"/>
        <source>run: unexpected argument “%1”.</source>
        <translation>run: лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="870"/>
        <source>Stopping.</source>
        <translation>Остановка.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="881"/>
        <source>Running: send every %1 min, status check every %2 min. Stop with Ctrl+C or SIGTERM.</source>
        <translation>Работает: отправка каждые %1 мин, проверка статусов каждые %2 мин. Остановка — Ctrl+C или SIGTERM.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="892"/>
        <source>usage: preview NAME</source>
        <translation>использование: preview ИМЯ</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="914"/>
        <source>not sent now: %1</source>
        <translation>сейчас не отправляется: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="931"/>
        <source>the built-in shape (preset task-statement)</source>
        <translation>встроенная форма (шаблон task-statement)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="932"/>
        <source>mapping file %1</source>
        <translation>файл соответствия %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="936"/>
        <source>%1, body %2, status read from “%3”, Ysell id from “%4”</source>
        <translation>%1, тело %2, статус читается из «%3», ID в Ysell — из «%4»</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="943"/>
        <source>usage: mapping show [%1]</source>
        <translation>использование: mapping show [%1]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="947"/>
        <source>unknown mapping preset “%1”; use %2.</source>
        <translation>неизвестный шаблон соответствия «%1»; используйте %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="959"/>
        <source>check: unexpected argument “%1”.</source>
        <translation>check: лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="994"/>
        <source>Ysell&apos;s API answers at %1 and accepts the token (it refuses a request without it)</source>
        <translation>API Ysell отвечает по адресу %1 и принимает токен (запрос без токена отклоняет)</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="1004"/>
        <source>Ysell: %1</source>
        <translation>Ysell: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="1005"/>
        <source>Ysell request: %1</source>
        <translation>Запрос к Ysell: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="1017"/>
        <source>Created the Odoo fields: %1</source>
        <translation>Созданы поля Odoo: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="1019"/>
        <source>The fields could not be created: %1</source>
        <translation>Поля не удалось создать: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="1027"/>
        <source>Run “ysell-bridge-cli check --create-fields” to create the missing fields (needs Odoo administration rights).</source>
        <translation>Выполните «ysell-bridge-cli check --create-fields», чтобы создать недостающие поля (нужны права администратора Odoo).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="30"/>
        <source>%1 needs a date like 2026-11-29, not “%2”.</source>
        <translation>Для %1 нужна дата вида 2026-11-29, а не «%2».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="37"/>
        <source>export-support: unexpected argument “%1”.</source>
        <translation>export-support: неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="42"/>
        <source>usage: export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]</source>
        <translation>использование: export-support ФАЙЛ [--order ИМЯ|#ID]... [--from ДАТА] [--to ДАТА]</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="47"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="86"/>
        <location filename="../src/cli/CliExportSupport.cpp" line="88"/>
        <location filename="../src/cli/CliExportSupport.cpp" line="94"/>
        <source>Odoo was not checked: %1</source>
        <translation>Odoo не проверялся: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="107"/>
        <source>Support bundle written to %1: %2 order(s), %3 event(s), %4 exchange(s).</source>
        <translation>Пакет для поддержки записан в %1: заказов — %2, событий — %3, обменов — %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="114"/>
        <source>Odoo server %1; the setup check is included.</source>
        <translation>Сервер Odoo %1; проверка настройки включена в пакет.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="116"/>
        <source>Odoo could not be reached; the failed check is included.</source>
        <translation>Odoo недоступен; неудачная проверка включена в пакет.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="118"/>
        <source>Odoo was not checked; the bundle says why.</source>
        <translation>Odoo не проверялся; причина указана в пакете.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExportSupport.cpp" line="119"/>
        <source>Files: %1. Passwords, API keys and tokens are removed.</source>
        <translation>Файлы: %1. Пароли, ключи API и токены удалены.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliReconcile.cpp" line="18"/>
        <source>reconcile: unexpected argument “%1”.</source>
        <translation>reconcile: лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/CliReconcile.cpp" line="55"/>
        <source>found: %1</source>
        <translation>найдено: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliReconcile.cpp" line="56"/>
        <source>to do: %1</source>
        <translation>что делать: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliReconcile.cpp" line="58"/>
        <source> (%1 Odoo calls, %2 Ysell look-ups).</source>
        <translation> (запросов к Odoo: %1, запросов к Ysell: %2).</translation>
    </message>
</context>
</TS>
