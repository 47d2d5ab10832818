<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>sohoa::Json</name>
    <message>
        <location filename="../core/common/Json.cpp" line="+26" />
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Expected a JSON object.</source>
        <translation>Expected a JSON object.</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts</name>
    <message>
        <location filename="../core/accounts/AccountAdmin.cpp" line="+20" />
        <source>There is no account named '%1'.</source>
        <translation>There is no account named '%1'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store is busy in another program; try again.</source>
        <translation>The store is busy in another program; try again.</translation>
    </message>
    <message>
        <location line="+74" />
        <location line="+45" />
        <location line="+87" />
        <source>With the recovery code you can only set a new administrator password.</source>
        <translation>With the recovery code you can only set a new administrator password.</translation>
    </message>
    <message>
        <location line="-127" />
        <source>An account named '%1' already exists.</source>
        <translation>An account named '%1' already exists.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Sign in with an account to change its password.</source>
        <translation>Sign in with an account to change its password.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The last administrator cannot be disabled.</source>
        <translation>The last administrator cannot be disabled.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The last administrator cannot be given another role.</source>
        <translation>The last administrator cannot be given another role.</translation>
    </message>
    <message>
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+13" />
        <source>The password must have at least %1 characters and not be one character repeated.</source>
        <translation>The password must have at least %1 characters and not be one character repeated.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</source>
        <translation>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</translation>
    </message>
    <message>
        <location filename="../core/accounts/Session.cpp" line="+27" />
        <source>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <location filename="../core/accounts/StoreSetup.cpp" line="+66" />
        <source>%1 exists and is not a folder; choose another place for the store.</source>
        <translation>%1 exists and is not a folder; choose another place for the store.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</source>
        <translation>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the folder %1. Check the path and permissions.</source>
        <translation>Cannot create the folder %1. Check the path and permissions.</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts::Session</name>
    <message>
        <location filename="../core/accounts/Session.cpp" line="+59" />
        <source>The account '%1' (%2) is not allowed to do this (%3).</source>
        <translation>The account '%1' (%2) is not allowed to do this (%3).</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+63" />
        <source>There is no SoHoa store at %1.</source>
        <translation>There is no SoHoa store at %1.</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+67" />
        <source>The store is busy in another program; try again.</source>
        <translation>The store is busy in another program; try again.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>This is not a valid recovery code (a character is mistyped or missing).</source>
        <translation>This is not a valid recovery code (a character is mistyped or missing).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This store has no recovery code.</source>
        <translation>This store has no recovery code.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The recovery code does not open this store.</source>
        <translation>The recovery code does not open this store.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The account '%1' is disabled. Ask an administrator.</source>
        <translation>The account '%1' is disabled. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>sohoa::audit</name>
    <message>
        <location filename="../core/audit/AuditChain.cpp" line="+108" />
        <source>entry %1 is missing (next entry is %2)</source>
        <translation>entry %1 is missing (next entry is %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entry %1 is out of order</source>
        <translation>entry %1 is out of order</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 has unreadable details</source>
        <translation>entry %1 has unreadable details</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 details were rewritten</source>
        <translation>entry %1 details were rewritten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</source>
        <translation>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 was changed after it was written</source>
        <translation>entry %1 was changed after it was written</translation>
    </message>
    <message>
        <location line="+15" />
        <source>entries %1 to %2 were deleted</source>
        <translation>entries %1 to %2 were deleted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last entry does not match the recorded head of the chain</source>
        <translation>the last entry does not match the recorded head of the chain</translation>
    </message>
</context>
<context>
    <name>sohoa::batches</name>
    <message>
        <location filename="../core/batches/BatchRepository.cpp" line="+34" />
        <source>There is no such batch.</source>
        <translation>There is no such batch.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>A batch needs a name of 1 to 200 characters.</source>
        <translation>A batch needs a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A batch named '%1' already exists.</source>
        <translation>A batch named '%1' already exists.</translation>
    </message>
    <message>
        <location filename="../core/batches/DocumentRepository.cpp" line="+141" />
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is no image for page %1.</source>
        <translation>There is no image for page %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Page %1 has no OCR result.</source>
        <translation>Page %1 has no OCR result.</translation>
    </message>
</context>
<context>
    <name>sohoa::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+20" />
        <source>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</source>
        <translation>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit trail intact: %1 entries.
</source>
        <translation>Audit trail intact: %1 entries.
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>AUDIT TRAIL BROKEN at entry %1: %2
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List audit entries, oldest first.</source>
        <translation>List audit entries, oldest first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this account.</source>
        <translation>Only this account.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/StoreCommands.cpp" line="+32" />
        <location line="+45" />
        <location filename="../app/cli/UserCommands.cpp" line="+31" />
        <location line="+69" />
        <location line="+65" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this entity, e.g. record:42.</source>
        <translation>Only this entity, e.g. record:42.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ENTITY</source>
        <translation>ENTITY</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only actions starting with this, e.g. record.</source>
        <translation>Only actions starting with this, e.g. record.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From this time (ISO 8601, UTC).</source>
        <translation>From this time (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Up to this time (ISO 8601, UTC).</source>
        <translation>Up to this time (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most this many entries.</source>
        <translation>At most this many entries.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+35" />
        <source>check the audit trail's hash chain</source>
        <translation>check the audit trail's hash chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list audit entries</source>
        <translation>list audit entries</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+27" />
        <source>SoHoa %1 - digitise civil-status books and land certificates offline.

Usage: sohoa-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation>SoHoa %1 - digitise civil-status books and land certificates offline.

Usage: sohoa-cli COMMAND [OPTIONS] [ARGS]

Commands:
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>
Common options:
  --store PATH           the store folder
  --user NAME            account to sign in as (or SOHOA_USER)
  --password-file FILE   file whose first line is the password, '-' for stdin
                         (or SOHOA_PASSWORD)
  --json                 JSON (Lines) output for programs
  --lang vi|en           language of messages (default vi, or SOHOA_LANG)

Exit status: 0 success, 1 failure, 2 usage error, 3 some inputs could not be read.
'sohoa-cli COMMAND --help' describes a command.
</source>
        <translation>
Common options:
  --store PATH           the store folder
  --user NAME            account to sign in as (or SOHOA_USER)
  --password-file FILE   file whose first line is the password, '-' for stdin
                         (or SOHOA_PASSWORD)
  --json                 JSON (Lines) output for programs
  --lang vi|en           language of messages (default vi, or SOHOA_LANG)

Exit status: 0 success, 1 failure, 2 usage error, 3 some inputs could not be read.
'sohoa-cli COMMAND --help' describes a command.
</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Unknown command '%1'. Run 'sohoa-cli --help' for the list.
</source>
        <translation>Unknown command '%1'. Run 'sohoa-cli --help' for the list.
</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-55" />
        <location filename="../app/cli/UserCommands.cpp" line="-144" />
        <source>Password hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Password hashing cost: interactive, moderate (default) or sensitive.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/UserCommands.cpp" line="+0" />
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</source>
        <translation>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name of the first administrator account.</source>
        <translation>Name of the first administrator account.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>store init needs --store PATH.</source>
        <translation>store init needs --store PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>store init needs --admin NAME.</source>
        <translation>store init needs --admin NAME.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/cli/UserCommands.cpp" line="+120" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Creating the store (deriving the key takes a moment)...
</source>
        <translation>Creating the store (deriving the key takes a moment)...
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store created at %1 with administrator '%2'.

RECOVERY CODE (shown only now; write it down and keep it in the commune's safe):

    %3

It opens the store if every administrator password is lost.
</source>
        <translation>Store created at %1 with administrator '%2'.

RECOVERY CODE (shown only now; write it down and keep it in the commune's safe):

    %3

It opens the store if every administrator password is lost.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open the store with the recovery code and set a new password for an administrator account. The use is recorded in the audit trail.</source>
        <translation>Open the store with the recovery code and set a new password for an administrator account. The use is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File holding the recovery code ('-' = stdin).</source>
        <translation>File holding the recovery code ('-' = stdin).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location filename="../app/cli/UserCommands.cpp" line="-108" />
        <location line="+68" />
        <location line="+32" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Administrator account to set the password of.</source>
        <translation>Administrator account to set the password of.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File holding the new password (or SOHOA_NEW_PASSWORD).</source>
        <translation>File holding the new password (or SOHOA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>store recover needs --store PATH and --admin NAME.</source>
        <translation>store recover needs --store PATH and --admin NAME.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>recovery code</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/cli/UserCommands.cpp" line="-87" />
        <location line="+67" />
        <location line="+32" />
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/UserCommands.cpp" line="-21" />
        <source>New password set for '%1'.
</source>
        <translation>New password set for '%1'.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>create a new encrypted store and its first administrator</source>
        <translation>create a new encrypted store and its first administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set an administrator password with the recovery code</source>
        <translation>set an administrator password with the recovery code</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="-96" />
        <source>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</source>
        <translation>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account name, e.g. lan.nguyen.</source>
        <translation>Account name, e.g. lan.nguyen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clerk, supervisor or admin.</source>
        <translation>clerk, supervisor or admin.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File holding the new account's password.</source>
        <translation>File holding the new account's password.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>user add needs --name NAME and --role clerk|supervisor|admin.</source>
        <translation>user add needs --name NAME and --role clerk|supervisor|admin.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Account '%1' (%2) added.
</source>
        <translation>Account '%1' (%2) added.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>List the store's accounts.</source>
        <translation>List the store's accounts.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</source>
        <translation>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Account name.</source>
        <translation>Account name.</translation>
    </message>
    <message>
        <location line="-64" />
        <location line="+32" />
        <source>File holding the new password.</source>
        <translation>File holding the new password.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>user reset-password needs --name NAME.</source>
        <translation>user reset-password needs --name NAME.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Change the signed-in account's own password.</source>
        <translation>Change the signed-in account's own password.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Password changed.
</source>
        <translation>Password changed.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enable an account.</source>
        <translation>Enable an account.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disable an account (it can no longer sign in).</source>
        <translation>Disable an account (it can no longer sign in).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the account with --name NAME.</source>
        <translation>Give the account with --name NAME.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Account '%1' enabled.
</source>
        <translation>Account '%1' enabled.
</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account '%1' disabled.
</source>
        <translation>Account '%1' disabled.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>add an account (admin)</source>
        <translation>add an account (admin)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list accounts</source>
        <translation>list accounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>set another account's password (admin)</source>
        <translation>set another account's password (admin)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change your own password</source>
        <translation>change your own password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disable an account (admin)</source>
        <translation>disable an account (admin)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enable an account (admin)</source>
        <translation>enable an account (admin)</translation>
    </message>
</context>
<context>
    <name>sohoa::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+50" />
        <source>Print JSON (Lines) for programs.</source>
        <translation>Print JSON (Lines) for programs.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store folder (or SOHOA_STORE).</source>
        <translation>The store folder (or SOHOA_STORE).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account to sign in as (or SOHOA_USER).</source>
        <translation>Account to sign in as (or SOHOA_USER).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</source>
        <translation>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No %1 given: use the file option or set %2.</source>
        <translation>No %1 given: use the file option or set %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot read the %1 from %2: %3</source>
        <translation>Cannot read the %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The %1 file %2 is empty.</source>
        <translation>The %1 file %2 is empty.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No store given: use --store PATH or set SOHOA_STORE.</source>
        <translation>No store given: use --store PATH or set SOHOA_STORE.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No account given: use --user NAME or set SOHOA_USER.</source>
        <translation>No account given: use --user NAME or set SOHOA_USER.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Run with --help for usage.
</source>
        <translation>Run with --help for usage.
</translation>
    </message>
</context>
<context>
    <name>sohoa::crypto</name>
    <message>
        <location filename="../core/crypto/KeyWrap.cpp" line="+16" />
        <source>Decryption failed: wrong key or altered data.</source>
        <translation>Decryption failed: wrong key or altered data.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PasswordKdf.cpp" line="+35" />
        <source>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</source>
        <translation>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>The key file holds invalid key-derivation settings.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Not enough memory to check the password (%1 MiB needed).</translation>
    </message>
    <message>
        <location filename="../core/crypto/SealedBox.cpp" line="+37" />
        <source>Sealed data is malformed.</source>
        <translation>Sealed data is malformed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sealed data could not be opened.</source>
        <translation>Sealed data could not be opened.</translation>
    </message>
</context>
<context>
    <name>sohoa::records</name>
    <message>
        <location filename="../core/records/RecordRepository.cpp" line="+145" />
        <location line="+55" />
        <source>There is no record %1.</source>
        <translation>There is no record %1.</translation>
    </message>
    <message>
        <location filename="../core/records/RecordType.cpp" line="+45" />
        <source>Invalid record type definition: %1</source>
        <translation>Invalid record type definition: %1</translation>
    </message>
</context>
<context>
    <name>sohoa::search</name>
    <message>
        <location filename="../core/search/Duplicates.cpp" line="+19" />
        <source>Probably the same event as record %1.</source>
        <translation>Probably the same event as record %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::store</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+27" />
        <source>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</source>
        <translation>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This file is not a SoHoa store, its header is damaged, or the key is wrong.</source>
        <translation>This file is not a SoHoa store, its header is damaged, or the key is wrong.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store is damaged (%1). Restore it from the latest backup.</source>
        <translation>The store is damaged (%1). Restore it from the latest backup.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store file cannot be opened or created (%1). Check the folder exists and is writable.</source>
        <translation>The store file cannot be opened or created (%1). Check the folder exists and is writable.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The store cannot be written (%1). Check the folder's permissions.</source>
        <translation>The store cannot be written (%1). Check the folder's permissions.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store is busy in another program; try again in a moment.</source>
        <translation>The store is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The disk reported an error (%1). Nothing from this step was saved.</source>
        <translation>The disk reported an error (%1). Nothing from this step was saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not enough memory.</source>
        <translation>Not enough memory.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store error: %1</source>
        <translation>Store error: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+27" />
        <source>The store's key file is damaged (%1). Restore the store folder from a backup.</source>
        <translation>The store's key file is damaged (%1). Restore the store folder from a backup.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+49" />
        <source>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</source>
        <translation>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Upgrading the store to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>sohoa::store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+15" />
        <source>No store at %1.</source>
        <translation>No store at %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file already exists at %1.</source>
        <translation>A file already exists at %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store key has the wrong size.</source>
        <translation>The store key has the wrong size.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</source>
        <translation>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</translation>
    </message>
</context>
<context>
    <name>sohoa::store::Keyring</name>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+33" />
        <source>No SoHoa store here: %1 is missing.</source>
        <translation>No SoHoa store here: %1 is missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>file too large</source>
        <translation>file too large</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a SoHoa key file</source>
        <translation>not a SoHoa key file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</source>
        <translation>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>store identity missing</source>
        <translation>store identity missing</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a key slot is incomplete</source>
        <translation>a key slot is incomplete</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not save the key file %1 (%2); the previous one is unchanged.</source>
        <translation>Could not save the key file %1 (%2); the previous one is unchanged.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+12" />
        <source>SoHoa - %1</source>
        <translation>SoHoa - %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+19" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SoHoa - Sign in</source>
        <translation>SoHoa - Sign in</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checking the password...</source>
        <translation>Checking the password...</translation>
    </message>
</context>
<context>
    <name>sohoa::validation</name>
    <message>
        <location filename="../core/validation/Validator.cpp" line="+29" />
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
</context>
<context>
    <name>sohoa::workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+32" />
        <source>Record %1 is %2; it cannot be %3 now.</source>
        <translation>Record %1 is %2; it cannot be %3 now.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Record %1 was changed by someone else meanwhile; reload it.</source>
        <translation>Record %1 was changed by someone else meanwhile; reload it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+154" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' is not a field of a %2 record.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record %1 still has errors to fix: %2.</source>
        <translation>Record %1 still has errors to fix: %2.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Record %1 was verified by '%2'; another account must decide on it.</source>
        <translation>Record %1 was verified by '%2'; another account must decide on it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record %1 has errors: %2.</source>
        <translation>Record %1 has errors: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record %1 has warnings that need your acknowledgement: %2.</source>
        <translation>Record %1 has warnings that need your acknowledgement: %2.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Say why the record is rejected.</source>
        <translation>Say why the record is rejected.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unknown record type '%1'.</source>
        <translation>Unknown record type '%1'.</translation>
    </message>
</context>
</TS>