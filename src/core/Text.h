#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <span>

namespace ysb {

/// Every sentence the engine records for people (problems, warnings, events, errors), by kind. The
/// table in Text.cpp gives each its stable name and English source; the words are translated only
/// when the text is shown.
enum class TextKind {
    Data,        ///< plain data shown as it is, never translated: names, ids, Odoo/Ysell text, old free text
    Lines,       ///< its arguments, one a line
    List,        ///< its arguments joined with ", "
    Words,       ///< its arguments joined with a space (a sentence and what follows it)
    YsellStatus, ///< arguments: the status code and Ysell's name, shown as ysellStatusLabel()
    Renamed,
    AdoptedFromOdoo,
    AdoptedFromOtherWorkstation,
    AdoptedFoundByNumber,
    AdoptedAfterInterruptedSend,
    CreatedInYsell,
    NotSent,
    NoLongerConfirmed,
    ClaimExpired,
    ClaimedUntil,
    ClaimedByOther,
    MissingInOdoo,
    NextTryAt,
    UnknownOutcomeStopped,
    MayHaveReceived,
    GaveUp,
    YsellDoesNotKnowId,
    NumberFoundButNotFound,
    NumberTaken,
    OdooWriteFailed,
    OdooNoteFailed,
    RetryRequested,
    AddressLacks,
    AddressName,
    AddressStreet,
    AddressCity,
    AddressZip,
    AddressCountry,
    LineNotWholeUnits,
    LineNotPositive,
    LineTooMany,
    LineNotWhole,
    NoYsellProductId,
    SerialsMissing,
    SerialsCountWrong,
    SerialRepeated,
    NoProductLines,
    YsellDone,
    YsellClosed,
    YsellAttention,
    YsellStatusChanged,
    PickingFailed,
    PickingNotInOdoo,
    PickingUnexpectedAnswer,
    PickingAdopted,
    PickingCreating,
    PickingCreated,
    SerialsNotReserved,
    SerialsNotFree,
    SerialsReserved,
    OtherDeliveryCancelled,
    OtherDeliveryOpen,
    OtherDeliveryCancelFailed,
    SerialsRemoved,
    SerialsEntered,
    LineUnitNotConvertible,
    YsellStatusNote,
    YsellAttentionNote,
    YsellFieldsMissing,
    WithYsellSaid,
    YsellTokenRefused,
    YsellAccessRefused,
    YsellCreateRouteUnknown,
    YsellOrderUnknown,
    YsellHasNumber,
    YsellHasOrder,
    YsellRejectedData,
    YsellRejectedDataSaid,
    YsellBadRequest,
    YsellBusyWait,
    YsellBusy,
    YsellServerProblemCreate,
    YsellServerProblem,
    YsellRedirected,
    YsellHttp,
    YsellAnswerUnreadable,
    TlsNameMismatch,
    TlsUnknownName,
    TlsExpired,
    TlsNotYetValid,
    TlsRevoked,
    TlsUntrusted,
    TlsFailed,
    AnswerTooLarge,
    ConnectTimeout,
    RequestTimeout,
    HostNotFound,
    ConnectionRefused,
    ConnectionTimedOut,
    ConnectionLost,
    RequestCancelled,
    NotHttp,
    ConnectionFailed,
    OdooNoMessage,
    OdooMalformed,
    OdooBusy,
    OdooHttp,
    OdooNotJsonRpc,
    StaleAttentionStatus,
    StaleNoStatus,
    StaleNoChange,
    StaleClearedYsellMoved,
    StaleClearedLimits,
    ActivitySummary,
    ActivityNote,
    ActivityFeedback,
    ActivityOpened,
    ActivityAdopted,
    ActivityClosed,
    ActivityGone,
    ActivityFailed,
    ActivitiesFailed,
    CouldNotWriteExport,
    CouldNotReadJournal,
    ExportFileNotOpenWriting,
    CouldNotSaveSettingJournal,
    CouldNotSaveSerialNumbers,
    SerialNumbersOrderWereNot,
    CouldNotAddEventJournal,
    OrdersAreNamedGiveOne,
    JournalOrderChoice,
    JournalHasNoOrder,
    JournalHasNoOrderWith,
    CouldNotSaveOrderJournal,
    OrderWithoutNameCannotStored,
    CouldNotWriteJournal,
    CouldNotRecordExchangeJournal,
    JournalDamaged,
    CouldNotCheckJournal,
    CouldNotUpgradeJournal,
    CouldNotUpgradeJournalSchema,
    NotYsellBridgeJournalDamaged,
    JournalHasOlderLayoutSchema,
    NotYsellBridgeJournalYet,
    CouldNotConfigureJournal,
    JournalCannotUseWriteAhead,
    JournalWrittenNewerYsellBridge,
    CouldNotOpenJournal,
    SqliteDriverQtLibqsqliteNot,
    JournalOpenReadOnly,
    ThereNoJournal,
    CouldNotCreateJournal,
    CouldNotCreateLockFile,
    JournalOnReadOnlyFile,
    DiskThatHoldsJournalFull,
    AnotherYsellBridgeAlreadyUsing,
    AnotherYsellBridgeProcessAlready,
    NoJournalFileGiven,
    JournalCouldNotOpenedCheck,
    JournalCouldNotReadWritten,
    JournalCannotWrittenFileFile,
    DiskThatHoldsJournalFull2,
    JournalDamagedYsellBridgeDoes,
    NotFolder,
    CouldNotCreateFolderJournal,
    OnlyHttpsAddressesAreAllowed,
    OnlyHttpsAddressesAreAllowed2,
    NotCompleteWebAddressEnter,
    CaFileCouldNotRead,
    OdooRefusedLoginPasswordApi,
    OdooRequestCancelled,
    ModelList,
    FieldList,
    RecordReference,
    SignAnswer,
    ItsVersion,
    OperationTypes,
    StockLocations,
    Pickings,
    ReservedSerialNumbers,
    SalesOrders,
    OdooSentUnexpectedShape,
    OdooHasNoDatabaseNamed,
    OdooCouldNotOpenDatabase,
    ZipArchiveWouldLargerThan,
    ZipArchiveWithoutZip64Holds,
    FileNameTooLongZip,
    ZipArchiveAlreadyHasFile,
    NotValidNameFileZip,
    JournalClosedDuringReconciliation,
    ThereNoJournalYetNothing,
    CannotWriteSupportBundle,
    SupportBundleNotWrittenWould,
    ThereNoJournalYetSo,
    CannotRemoveSecretFile,
    CannotWriteSecretFile,
    CannotMakeSecretFilePrivate,
    CannotCreateSecretsDirectory,
    SecretFileEmpty,
    SecretFileNotUtf8,
    SecretFileTooLargePassword,
    SecretFileCannotRead,
    SecretFileCanReadChanged,
    NotRegularFile,
    SecretsDirectoryCanReadChanged,
    NotDirectorySecretsDirNeeds,
    SecretsDirectoryDoesNotExist,
    SystemKeychain,
    SystemKeychainDidNotAnswer,
    SystemKeychainCouldNotRemove,
    SystemKeychainCouldNotStore,
    SystemKeychainCouldNotRead,
    CouldNotRemovedFromSystem,
    SystemKeychainRefusedAccessMay,
    AccessSystemKeychainDeniedSo,
    NoSystemKeychainAvailableExample,
    LookedIn,
    NoSecretNamedStoredYet,
    NoOdooPasswordApiKey,
    NoYsellTokenStoredYet,
    YsellToken,
    OdooPasswordApiKey,
    EmptyCannotStored,
    InvalidSecretNameCharactersName,
    CannotSaveSettings,
    CannotMakePrivateMode600,
    CannotCreateFolder,
    CannotPrepareSettingsFile,
    CannotCreateTemporaryFolderSave,
    CannotSaveSettingsFolder,
    SettingsWereNotSaved,
    NoConfigurationFileGiven,
    CannotCreateTemporaryCopyConfiguration,
    CannotCreateTemporaryFolderRead,
    ConfigurationFileCannotUsed,
    YsellTokenContainsControlCharacter,
    OdooPasswordApiKeyContains,
    YsellTokenNotSet,
    OdooPasswordApiKeyNot,
    OdooHasNoOrderBridge,
    JournalClosed,
    OdooNoLongerHasOrder,
    CouldNotReadLinesFrom,
    OrderHasNoOdooId,
    SerialNumberAlreadyUsedOrder,
    SerialNumberGivenTwice,
    NeedsSerialNumbersAreEntered,
    RequestWithoutTokenNotRefused,
    HttpStatusOnly,
    HttpWithAnswerThatNot,
    Http404WithoutYsellS,
    ServerDoesNotAnswerLike,
    NoYsellApiTokenSet,
    NoHttpClientGiven,
    YsellAnsweredSearchOrderWith,
    YsellAnsweredSearchOrderWith2,
    YsellsListOrdersHolds,
    YsellsAnswerAboutOrder,
    YsellsAnswerHasNo,
    YsellSentOrderStatusBridge,
    YsellsAnswerHasNo2,
    YsellsAnswerNotOrder,
    YsellSentOrderStatusBridge2,
    YsellSentOrderStatusWithout,
    YsellsAnswerNotValid,
    YsellsAnswerNestedToo,
    YsellSentEmptyAnswerWhere,
    YsellAddressWithRouteDoes,
    YsellRouteUsesWhichCannot,
    YsellRouteMustStartWith,
    YsellRouteUsesOnlyId,
    YsellRouteNotValidWrite,
    YsellMappingFileHasProblems,
    FileCannotRead,
    ThisNotFile,
    FileDoesNotExist,
    YsellMappingFile,
    LineGoesUnderWhichClashes,
    Preset,
    Line,
    LineNotFieldBridgeKnows,
    LineNotValidNameUse,
    LineCannotLeftOutYsell,
    LineNotPathWriteDotted,
    LineCannotEmptyBridgeMust,
    LineSerialsMustListComma,
    LineEncodingMustJsonMultipart,
    LinePresetMustNot,
    LineAlreadySetOnLine,
    LineWriteFieldNameE,
    LineContainsControlCharacters,
    MappingNotUtf8Text,
    MappingLargerThanKibNot,
    OdooHasNoModel,
    CreatingFieldFailed,
    MayNotCreateFields,
    NotKnownYetPickedUp,
    SameNumberNotSent,
    ReconcileCancelled,
    OtherDeliveryNoLongerOpen,
    OtherDeliveriesNoLongerOpen,
    OtherDeliveryStillOpen,
    DeliveryNoLocationNamed,
    DeliveryCreateLocation,
    DeliverySeveralLocations,
    DeliveryEnterFullName,
    DeliveryLocationNoWarehouse,
    DeliveryMoveLocation,
    DeliveryLocationFound,
    DeliveryNoType,
    DeliveryCreateType,
    DeliveryNoTypeNamed,
    DeliveryChooseType,
    DeliveryTypeUsed,
    DeliveryTypesFirstOfMany, ///< numerus: the count, then the other types
    DeliveryTypesSameName,    ///< numerus: the count, then the name
    DeliveryChooseOther,
    DeliveryRenameOthers,
    DeliveryLocationsUnread,
    DeliveryCustomersFound,
    DeliveryNoCustomers,
    DeliveryCheckInventory,
    DeliveryCustomersUnread,
    DeliveryWarehouseUnknown,
    DeliveryTypesUnread,
    Quoted,      ///< “%1” with the quotation marks of the reader's language
    Alternatives, ///< its arguments as "a, b or c" in the reader's language
    SecretStoreKeychain,
    SecretStoreDirectory,
    SecretStoreSession,
    SessionOnlyNotice,
    ConfigBadValue,
    ConfigWhereWhat,
    ConfigUrlHttp,
    ConfigUrlNotHttps,
    ConfigUrlInvalid,
    ConfigUrlUserInfo,
    ConfigUrlQuery,
    ConfigTextControl,
    ConfigTextTooLong,
    ConfigNumberRange,
    ConfigRouteShape,
    ConfigRoutePlaceholder,
    ConfigRouteMustContain,
    ConfigNotUtf8,
    ConfigLineBinary,
    ConfigLineSectionHeader,
    ConfigLineNeither,
    ConfigLineOutsideSection,
    ConfigAtValue,
    ConfigComma,
    ConfigBool,
    ConfigNoDoneStatus,
    ConfigDoneStatusShape,
    ConfigAttentionStatusShape,
    ConfigAlsoDone,
    ConfigFileMissing,
    ConfigNotAFile,
    ConfigFileUnreadable,
    ConfigJournalIsFolder,
    ConfigInvalidDate,
    ConfigNoShemax,
    ConfigLanguage,
    ConfigCategory,
    ConfigOdooUrlMissing,
    ConfigOdooDatabaseMissing,
    ConfigOdooLoginMissing,
    ConfigYsellUrlMissing,
    ConfigFileDoesNotExist,
    ConfigIsFolder,
    ConfigNotRegular,
    ConfigCannotRead,
    ConfigTooLarge,
    ConfigNotIni,
    ConfigUnknownSection,
    ConfigSecretInFile,
    ConfigUnknownKey,
    ConfigAuth,
    ConfigMustBe,
    ConfigStartDate,
    SupportPeriodBackwards,
    SupportNoOrder,
    Count_ ///< not a kind: the number of kinds
};

/// A sentence as data: its kind and its arguments, each plain data or a nested Text (e.g. "Not sent: %1"
/// whose %1 is an error). Stored as compact JSON ({"kind": "not_sent", "args": ["S00042", {…}]}); plain data
/// at the top (old free text) is stored as it is. render() translates in the current language.
class Text {
public:
    Text() = default; ///< empty: no text at all
    explicit Text(TextKind kind);
    /// Plain data: shown exactly as given in every language.
    static Text data(const QString &value);

    /// A copy with one more argument (%1, %2… in order).
    Text arg(const QString &value) const;
    Text arg(qint64 value) const;
    Text arg(const Text &nested) const;
    /// Kind Lines: the texts one a line.
    static Text lines(const QList<Text> &texts);
    /// Kind Lines of plain data: sentences already worded (a settings check's findings), shown as they are.
    static Text dataLines(const QStringList &values);
    /// A copy with the values as one argument of kind List (joined with ", " when shown).
    Text argList(const QStringList &values) const;
    /// Kind Alternatives of plain data: "a, b or c" in the reader's language.
    static Text alternatives(const QStringList &values);
    /// A kind whose sentence has plural forms (KindInfo::numerus): `count` fills %n and picks the form;
    /// arg() then fills %1, %2… It is stored as the first argument.
    static Text counted(TextKind kind, qint64 count);

    bool isEmpty() const { return m_kind == TextKind::Data && m_data.isEmpty(); }
    TextKind kind() const { return m_kind; }
    QString kindName() const { return kindName(m_kind); }
    const QList<Text> &args() const { return m_args; }
    /// The value of plain data (empty for the other kinds).
    const QString &dataValue() const { return m_data; }

    /// In the language of the installed translators; arguments in place of %1, %2…
    QString render() const;
    /// Each rendered, joined with `separator`.
    static QString join(const QList<Text> &texts, const QString &separator);

    /// {"kind", "args"} (plain data arguments as strings, nested ones as objects); `withText` adds
    /// "text", the rendered sentence (for the CLI's --json). Plain data is {"kind": "data", "args": [value]}.
    QJsonObject toJson(bool withText = false) const;
    /// The Text of toJson(); plain data of the JSON text when it names no known kind.
    static Text fromJson(const QJsonObject &json);
    /// What the journal stores: compact JSON, or plain data as it is (so old free text reads back the same).
    QString toStored() const;
    /// The Text of a stored value: JSON written by toStored(), else old free text as plain data.
    static Text fromStored(const QString &stored);
    /// The same Text with `fn` applied to every plain data value (redaction, capping).
    template <typename Fn>
    Text mapData(Fn &&fn) const
    {
        Text t = *this;
        if (t.m_kind == TextKind::Data)
            t.m_data = fn(t.m_data);
        for (Text &a : t.m_args)
            a = a.mapData(fn);
        return t;
    }

    /// Defaulted in Text.cpp: declared here only, so that QMetaType (a Text in a signal) can ask for == of
    /// this recursive type (its arguments are Texts) without the compiler working out the default first.
    bool operator==(const Text &other) const;

    /// One kind as the table lists it.
    struct KindInfo {
        TextKind kind;
        const char *name;   ///< stable, for the journal and JSON ("not_sent")
        const char *source; ///< English, translated in context kContext; null for the structural kinds
        /// The source has %n and plural forms (QT_TRANSLATE_N_NOOP): the first argument is the count,
        /// the others fill %1, %2… (see counted()).
        bool numerus = false;
    };
    static constexpr const char *kContext = "ysb::Text";
    /// Every kind, in enum order.
    static std::span<const KindInfo> kinds();
    static QString kindName(TextKind kind);

private:
    TextKind m_kind = TextKind::Data;
    QString m_data;
    QList<Text> m_args;
};

} // namespace ysb
