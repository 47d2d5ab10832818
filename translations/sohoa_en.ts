<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/common/QtStrings.cpp" line="+33" />
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-53" />
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts</name>
    <message>
        <location filename="../core/accounts/AccountAdmin.cpp" line="+22" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="+71" />
        <source>There is no account named '%1'.</source>
        <translation>There is no account named '%1'.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="-49" />
        <location filename="../core/accounts/KeyRotation.cpp" line="+116" />
        <location filename="../core/accounts/Session.cpp" line="+180" />
        <location line="+75" />
        <location line="+73" />
        <source>The store is busy in another program; try again.</source>
        <translation>The store is busy in another program; try again.</translation>
    </message>
    <message>
        <location line="+87" />
        <location line="+39" />
        <location line="+123" />
        <location line="+28" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="+43" />
        <source>With the recovery code you can only set a new administrator password.</source>
        <translation>With the recovery code you can only set a new administrator password.</translation>
    </message>
    <message>
        <location line="-184" />
        <source>An account named '%1' already exists.</source>
        <translation>An account named '%1' already exists.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The account '%1' is disabled. Enable it first (it then gets a new password).</source>
        <translation>The account '%1' is disabled. Enable it first (it then gets a new password).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Sign in with an account to change its password.</source>
        <translation>Sign in with an account to change its password.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The account '%1' has no password since it was disabled. Enable it with a new password.</source>
        <translation>The account '%1' has no password since it was disabled. Enable it with a new password.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last administrator cannot be disabled.</source>
        <translation>The last administrator cannot be disabled.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The account '%1' is not disabled.</source>
        <translation>The account '%1' is not disabled.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The last administrator cannot be given another role.</source>
        <translation>The last administrator cannot be given another role.</translation>
    </message>
    <message>
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+16" />
        <source>The password must have at least %1 characters and not be one character repeated.</source>
        <translation>The password must have at least %1 characters and not be one character repeated.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</source>
        <translation>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</translation>
    </message>
    <message>
        <location filename="../core/accounts/Session.cpp" line="-299" />
        <source>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The store's key file was changed by a program other than SoHoa (%1). Nobody can sign in until an administrator restores the store folder from a backup.</source>
        <translation>The store's key file was changed by a program other than SoHoa (%1). Nobody can sign in until an administrator restores the store folder from a backup.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The account '%1' has a password set by an administrator. Choose your own password first (in SoHoa, or with: sohoa-cli user passwd).</source>
        <translation>The account '%1' has a password set by an administrator. Choose your own password first (in SoHoa, or with: sohoa-cli user passwd).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The account '%1' (%2) is not allowed to do this (%3).</source>
        <translation>The account '%1' (%2) is not allowed to do this (%3).</translation>
    </message>
    <message>
        <location line="+47" />
        <location line="+71" />
        <source>There is no SoHoa store at %1.</source>
        <translation>There is no SoHoa store at %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a valid recovery code (a character is mistyped or missing).</source>
        <translation>This is not a valid recovery code (a character is mistyped or missing).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This store has no recovery code.</source>
        <translation>This store has no recovery code.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The recovery code does not open this store.</source>
        <translation>The recovery code does not open this store.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The account '%1' is disabled. Ask an administrator.</source>
        <translation>The account '%1' is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>its integrity seal was removed</source>
        <translation>its integrity seal was removed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its integrity seal does not match</source>
        <translation>its integrity seal does not match</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is older than the store</source>
        <translation>it is older than the store</translation>
    </message>
    <message>
        <location line="+109" />
        <source>the key slot of this account is missing</source>
        <translation>the key slot of this account is missing</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a signing key does not open with this password</source>
        <translation>a signing key does not open with this password</translation>
    </message>
    <message>
        <location filename="../core/accounts/StoreSetup.cpp" line="+66" />
        <source>%1 exists and is not a folder; choose another place for the store.</source>
        <translation>%1 exists and is not a folder; choose another place for the store.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</source>
        <translation>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot create the folder %1. Check the path and permissions.</source>
        <translation>Cannot create the folder %1. Check the path and permissions.</translation>
    </message>
    <message>
        <location filename="../core/accounts/KeyRotation.cpp" line="-20" />
        <source>Could not finish the interrupted key change in %1.</source>
        <translation>Could not finish the interrupted key change in %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Neither the store nor its pending key change opens with this key.</source>
        <translation>Neither the store nor its pending key change opens with this key.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sign in with an administrator account to change the store key.</source>
        <translation>Sign in with an administrator account to change the store key.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>An import, a sync or another window still uses the store; change the key when it has finished.</source>
        <translation>An import, a sync or another window still uses the store; change the key when it has finished.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The re-encrypted copy failed its check.</source>
        <translation>The re-encrypted copy failed its check.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The re-encrypted copy is incomplete.</source>
        <translation>The re-encrypted copy is incomplete.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Could not put the re-encrypted store in place; it will be finished at the next sign-in.</source>
        <translation>Could not put the re-encrypted store in place; it will be finished at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../core/accounts/IdleLockPolicy.cpp" line="+36" />
        <source>The idle lock must be between 1 and %1 minutes.</source>
        <translation>The idle lock must be between 1 and %1 minutes.</translation>
    </message>
    <message>
        <location filename="../core/accounts/AccountDeletion.cpp" line="-11" />
        <source>An account named '%1' existed and was deleted; its history keeps that name. Choose another name.</source>
        <translation>An account named '%1' existed and was deleted; its history keeps that name. Choose another name.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>You cannot delete your own account.</source>
        <translation>You cannot delete your own account.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The last administrator cannot be deleted.</source>
        <translation>The last administrator cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>sohoa::audit</name>
    <message>
        <location filename="../core/audit/AuditChain.cpp" line="+159" />
        <source>the roster of signing keys was changed: %1</source>
        <translation>the roster of signing keys was changed: %1</translation>
    </message>
    <message>
        <location line="+39" />
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
        <location line="+5" />
        <source>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</source>
        <translation>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 was changed after it was written</source>
        <translation>entry %1 was changed after it was written</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 claims that the system did '%2', which only an account does</source>
        <translation>entry %1 claims that the system did '%2', which only an account does</translation>
    </message>
    <message>
        <location line="+8" />
        <source>entry %1 ('%2' by %3) was written after %3's account was disabled</source>
        <translation>entry %1 ('%2' by %3) was written after %3's account was disabled</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 ('%2' by %3) is not signed with %3's key</source>
        <translation>entry %1 ('%2' by %3) is not signed with %3's key</translation>
    </message>
    <message>
        <location line="+9" />
        <source>entry %1 ('%2' by %3) is not signed: %3 has no key in the roster</source>
        <translation>entry %1 ('%2' by %3) is not signed: %3 has no key in the roster</translation>
    </message>
    <message>
        <location line="+18" />
        <source>entries %1 to %2 were deleted</source>
        <translation>entries %1 to %2 were deleted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the last entry does not match the recorded head of the chain</source>
        <translation>the last entry does not match the recorded head of the chain</translation>
    </message>
    <message>
        <location filename="../core/audit/Roster.cpp" line="+193" />
        <location line="+72" />
        <source>The signing key of '%1' is not available; sign in again.</source>
        <translation>The signing key of '%1' is not available; sign in again.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the roster entry of '%1' has no valid public key</source>
        <translation>the roster entry of '%1' has no valid public key</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the roster entry of '%1' is not signed by an administrator</source>
        <translation>the roster entry of '%1' is not signed by an administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the roster entry of '%1' has a wrong signature</source>
        <translation>the roster entry of '%1' has a wrong signature</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no administrator is at the root of the roster</source>
        <translation>no administrator is at the root of the roster</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the roster entry of '%1' is signed by '%2', who is not an administrator with that key</source>
        <translation>the roster entry of '%1' is signed by '%2', who is not an administrator with that key</translation>
    </message>
</context>
<context>
    <name>sohoa::backup</name>
    <message>
        <location filename="../core/backup/BackupFile.cpp" line="+24" />
        <source>The backup %1 is damaged or incomplete (%2). Use another copy.</source>
        <translation>The backup %1 is damaged or incomplete (%2). Use another copy.</translation>
    </message>
    <message>
        <location line="+67" />
        <location line="+43" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+67" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Could not write the backup %1 (%2). The disk may be full; the store is unchanged.</source>
        <translation>Could not write the backup %1 (%2). The disk may be full; the store is unchanged.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a SoHoa backup.</source>
        <translation>%1 is not a SoHoa backup.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <location line="-2" />
        <source>This backup was made by a newer SoHoa (format %1). Install it to restore.</source>
        <translation>This backup was made by a newer SoHoa (format %1). Install it to restore.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>key file</source>
        <translation>key file</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+12" />
        <location line="+12" />
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="-21" />
        <source>database length</source>
        <translation>database length</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not write %1 (%2). The disk may be full.</source>
        <translation>Could not write %1 (%2). The disk may be full.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <location filename="../core/backup/StoreBackup.cpp" line="+36" />
        <source>Could not read the store's counts.</source>
        <translation>Could not read the store's counts.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 already exists; choose another name so no backup is overwritten.</source>
        <translation>%1 already exists; choose another name so no backup is overwritten.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot read the store's key file.</source>
        <translation>Cannot read the store's key file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+10" />
        <source>copying the database</source>
        <translation>copying the database</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 already holds files. Restore into a new folder, or ask to replace it: the existing store is then kept beside it, renamed.</source>
        <translation>%1 already holds files. Restore into a new folder, or ask to replace it: the existing store is then kept beside it, renamed.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only an administrator of the store at %1 may replace it with a backup.</source>
        <translation>Only an administrator of the store at %1 may replace it with a backup.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only an administrator may restore a backup; '%1' is not one in this backup.</source>
        <translation>Only an administrator may restore a backup; '%1' is not one in this backup.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The restored database failed its integrity check.</source>
        <translation>The restored database failed its integrity check.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit trail in the backup is broken at entry %1.</source>
        <translation>The audit trail in the backup is broken at entry %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup holds fewer records than it says.</source>
        <translation>The backup holds fewer records than it says.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot move the existing store %1 aside.</source>
        <translation>Cannot move the existing store %1 aside.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot move the restored store to %1.</source>
        <translation>Cannot move the restored store to %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::batches</name>
    <message>
        <location filename="../core/batches/BatchRepository.cpp" line="+27" />
        <source>There is no such batch.</source>
        <translation>There is no such batch.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A batch needs a name of 1 to 200 characters.</source>
        <translation>A batch needs a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A batch named '%1' already exists.</source>
        <translation>A batch named '%1' already exists.</translation>
    </message>
    <message>
        <location filename="../core/batches/DocumentRepository.cpp" line="+70" />
        <source>The image of page %1 waiting to be stored is missing; the document was not stored.</source>
        <translation>The image of page %1 waiting to be stored is missing; the document was not stored.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>There is no image for page %1.</source>
        <translation>There is no image for page %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Page %1 has no OCR result.</source>
        <translation>Page %1 has no OCR result.</translation>
    </message>
</context>
<context>
    <name>sohoa::capture</name>
    <message>
        <location filename="../core/capture/PageSource.cpp" line="+63" />
        <location line="+148" />
        <source>Page %1 does not exist.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
    <message>
        <location line="-82" />
        <source>Page %1 has no image.</source>
        <translation>Page %1 has no image.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 is empty (0 bytes).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a PNG, JPEG, TIFF or PDF file, whatever its name says.</source>
        <translation>%1 is not a PNG, JPEG, TIFF or PDF file, whatever its name says.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is too large to import (%2 MB; at most %3 MB). Split it into smaller PDFs.</source>
        <translation>%1 is too large to import (%2 MB; at most %3 MB). Split it into smaller PDFs.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is larger than any scanned page (%2 MB).</source>
        <translation>%1 is larger than any scanned page (%2 MB).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be read completely: %2</source>
        <translation>%1 cannot be read completely: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a TIFF file without any page.</source>
        <translation>%1 is a TIFF file without any page.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../core/capture/PdfSource.cpp" line="+168" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../core/capture/PdfSource.cpp" line="+3" />
        <source>%1 cannot be opened: the PDF is damaged.</source>
        <translation>%1 cannot be opened: the PDF is damaged.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 takes too long to draw (over %2 seconds); it was abandoned. Print the PDF to a new file or scan the paper instead.</source>
        <translation>%1 takes too long to draw (over %2 seconds); it was abandoned. Print the PDF to a new file or scan the paper instead.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be rendered: the PDF is damaged.</source>
        <translation>%1 cannot be rendered: the PDF is damaged.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be rendered.</source>
        <translation>%1 cannot be rendered.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be drawn completely (%2).</source>
        <translation>%1 is damaged and cannot be drawn completely (%2).</translation>
    </message>
    <message>
        <location line="+109" />
        <source>%1 is truncated: the PDF has no end-of-file marker.</source>
        <translation>%1 is truncated: the PDF has no end-of-file marker.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged and cannot be opened as a PDF.</source>
        <translation>%1 is damaged and cannot be opened as a PDF.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged (%2). Save or print it to a new PDF and import that.</source>
        <translation>%1 is damaged (%2). Save or print it to a new PDF and import that.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is protected by a password. Remove the protection (or print it to a new PDF) and import it again.</source>
        <translation>%1 is protected by a password. Remove the protection (or print it to a new PDF) and import it again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has %2 pages; at most %3 pages are imported from one PDF. Split it into smaller PDFs.</source>
        <translation>%1 has %2 pages; at most %3 pages are imported from one PDF. Split it into smaller PDFs.</translation>
    </message>
    <message>
        <location filename="../core/capture/SaneScanner.cpp" line="+65" />
        <source>The paper is jammed in the document feeder. Clear the jam, put the sheets that were not scanned back into the feeder and continue.</source>
        <translation>The paper is jammed in the document feeder. Clear the jam, put the sheets that were not scanned back into the feeder and continue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner's cover is open. Close it and continue.</source>
        <translation>The scanner's cover is open. Close it and continue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no paper in the document feeder. Load the sheets and continue.</source>
        <translation>There is no paper in the document feeder. Load the sheets and continue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner stopped answering (input/output error). Check its cable or network connection and that it is switched on, then continue.</source>
        <translation>The scanner stopped answering (input/output error). Check its cable or network connection and that it is switched on, then continue.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The scanner is busy; another program may be using it. Try again in a moment.</source>
        <translation>The scanner is busy; another program may be using it. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Access to the scanner was refused. Ask the administrator to allow this account to use scanners.</source>
        <translation>Access to the scanner was refused. Ask the administrator to allow this account to use scanners.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The scanner driver ran out of memory. Lower the resolution or close other programs.</source>
        <translation>The scanner driver ran out of memory. Lower the resolution or close other programs.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scanning was cancelled at the scanner.</source>
        <translation>Scanning was cancelled at the scanner.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The scanner reported an error: %1.</source>
        <translation>The scanner reported an error: %1.</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Document feeder, both sides (%1)</source>
        <translation>Document feeder, both sides (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document feeder (%1)</source>
        <translation>Document feeder (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flatbed (glass)</source>
        <translation>Flatbed (glass)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The scanner does not accept %1 = %2: %3</source>
        <translation>The scanner does not accept %1 = %2: %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it has no such option</source>
        <translation>it has no such option</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the option cannot be changed now</source>
        <translation>the option cannot be changed now</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the value is too long</source>
        <translation>the value is too long</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a number is expected</source>
        <translation>a number is expected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>array options are not supported</source>
        <translation>array options are not supported</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unsupported option type</source>
        <translation>unsupported option type</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The scanner sends %1-bit pixels, which SoHoa does not read.</source>
        <translation>The scanner sends %1-bit pixels, which SoHoa does not read.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scanning was cancelled.</source>
        <translation>Scanning was cancelled.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The scanner sent far more data than a page.</source>
        <translation>The scanner sent far more data than a page.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner sent a page without lines.</source>
        <translation>The scanner sent a page without lines.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The scanner sent an empty page.</source>
        <translation>The scanner sent an empty page.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+16" />
        <location line="+15" />
        <source>Not enough memory for the page.</source>
        <translation>Not enough memory for the page.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>1-bit colour scans are not supported.</source>
        <translation>1-bit colour scans are not supported.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The scanner did not send all three colours.</source>
        <translation>The scanner did not send all three colours.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>There is no scanner '%1'. Check that it is switched on and connected.</source>
        <translation>There is no scanner '%1'. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <location filename="../core/capture/Scanner.cpp" line="+29" />
        <source>This build of SoHoa cannot drive scanners. Scan to PDF or image files with the scanner's own software and import them.</source>
        <translation>This build of SoHoa cannot drive scanners. Scan to PDF or image files with the scanner's own software and import them.</translation>
    </message>
</context>
<context>
    <name>sohoa::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+18" />
        <source>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</source>
        <translation>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also ask the registry this store is enrolled with for the audit head it anchored last, and check that the trail here still holds it.</source>
        <translation>Also ask the registry this store is enrolled with for the audit head it anchored last, and check that the trail here still holds it.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>AUDIT TRAIL DIFFERS FROM THE REGISTRY'S ANCHOR: %1
</source>
        <translation>AUDIT TRAIL DIFFERS FROM THE REGISTRY'S ANCHOR: %1
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The registry's anchor (entry %1, %2) matches the audit trail here.
</source>
        <translation>The registry's anchor (entry %1, %2) matches the audit trail here.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The registry holds no anchor of this audit trail yet (no sync since enrolment).
</source>
        <translation>The registry holds no anchor of this audit trail yet (no sync since enrolment).
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Audit trail intact: %1 entries.
</source>
        <translation>Audit trail intact: %1 entries.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signatures checked: %1; entries by the system (chained, not signed): %2; entries from before accounts had signing keys: %3.
</source>
        <translation>Signatures checked: %1; entries by the system (chained, not signed): %2; entries from before accounts had signing keys: %3.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Roster of signing keys rooted at administrator %1, key fingerprint %2 (compare with the copy kept outside the store).
</source>
        <translation>Roster of signing keys rooted at administrator %1, key fingerprint %2 (compare with the copy kept outside the store).
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>AUDIT TRAIL BROKEN at entry %1: %2
</translation>
    </message>
    <message>
        <location line="+7" />
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
        <location filename="../app/cli/CliContext.cpp" line="+59" />
        <location filename="../app/cli/ExportCommands.cpp" line="+86" />
        <location filename="../app/cli/IngestCommand.cpp" line="+48" />
        <location filename="../app/cli/LayoutCommands.cpp" line="+51" />
        <location filename="../app/cli/RecordCommands.cpp" line="+136" />
        <location filename="../app/cli/ScanCommands.cpp" line="+96" />
        <location filename="../app/cli/StoreCommands.cpp" line="+22" />
        <location line="+47" />
        <location filename="../app/cli/SyncCommands.cpp" line="+77" />
        <location line="+97" />
        <location line="+39" />
        <location line="+104" />
        <location filename="../app/cli/UserCommands.cpp" line="+22" />
        <location line="+78" />
        <location line="+116" />
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
        <location line="+1" />
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
        <location line="+2" />
        <source>At most this many entries.</source>
        <translation>At most this many entries.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/IngestSupport.cpp" line="+23" />
        <location filename="../app/cli/PolicyCommands.cpp" line="+21" />
        <location filename="../app/cli/RecordCommands.cpp" line="+26" />
        <location line="+60" />
        <location line="+74" />
        <location filename="../app/cli/ScanCommands.cpp" line="+14" />
        <location filename="../app/cli/SyncCommands.cpp" line="-234" />
        <location line="+2" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+32" />
        <source>check the audit trail's hash chain</source>
        <translation>check the audit trail's hash chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list audit entries</source>
        <translation>list audit entries</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+22" />
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
        <location line="+9" />
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
        <location filename="../app/cli/ExportCommands.cpp" line="+79" />
        <location filename="../app/cli/ExtractCommand.cpp" line="+64" />
        <location filename="../app/cli/LayoutCommands.cpp" line="-2" />
        <location line="+201" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="-14" />
        <source>Print JSON (Lines) for programs.</source>
        <translation>Print JSON (Lines) for programs.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Password hashing cost: interactive, moderate (default) or sensitive.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PROFILE</source>
        <translation>PROFILE</translation>
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
        <location line="+2" />
        <source>Account to sign in as (or SOHOA_USER).</source>
        <translation>Account to sign in as (or SOHOA_USER).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</source>
        <translation>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No %1 given: use the file option or set %2.</source>
        <translation>No %1 given: use the file option or set %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot read the %1 from %2: %3</source>
        <translation>Cannot read the %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 file %2 is empty.</source>
        <translation>The %1 file %2 is empty.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No store given: use --store PATH or set SOHOA_STORE.</source>
        <translation>No store given: use --store PATH or set SOHOA_STORE.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No account given: use --user NAME or set SOHOA_USER.</source>
        <translation>No account given: use --user NAME or set SOHOA_USER.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Updating the store from schema %1 to %2. This happens once; a large store takes a few minutes...
</source>
        <translation>Updating the store from schema %1 to %2. This happens once; a large store takes a few minutes...
</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run with --help for usage.
</source>
        <translation>Run with --help for usage.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ScanCommands.cpp" line="-12" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryCommandList.cpp" line="+11" />
        <source>run the reference national registry server (HTTPS)</source>
        <translation>run the reference national registry server (HTTPS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>create the reference registry's encrypted data</source>
        <translation>create the reference registry's encrypted data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>issue a one-time device enrolment code</source>
        <translation>issue a one-time device enrolment code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import an offline package and write its receipt</source>
        <translation>import an offline package and write its receipt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>counts of the reference registry</source>
        <translation>counts of the reference registry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the records the registry holds</source>
        <translation>list the records the registry holds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list enrolled devices</source>
        <translation>list enrolled devices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>refuse a device from now on</source>
        <translation>refuse a device from now on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accept a device's audit trail again after a restore the office explained</source>
        <translation>accept a device's audit trail again after a restore the office explained</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-51" />
        <source>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</source>
        <translation>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location filename="../app/cli/BackupCommands.cpp" line="+16" />
        <source>Write a consistent backup of the store while it is in use. The backup stays encrypted and carries a manifest and checksums.</source>
        <translation>Write a consistent backup of the store while it is in use. The backup stays encrypted and carries a manifest and checksums.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup file to write (never overwritten).</source>
        <translation>The backup file to write (never overwritten).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>backup needs --out FILE.</source>
        <translation>backup needs --out FILE.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backing up: %1%
</source>
        <translation>Backing up: %1%
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backup written to %1: %2 records, %3 pages, %4 audit entries.
</source>
        <translation>Backup written to %1: %2 records, %3 pages, %4 audit entries.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore a backup into a store folder. The backup is checked completely and opened with the given account before anything is put in place. An existing store is never overwritten: use --replace to move it aside (it is kept).</source>
        <translation>Restore a backup into a store folder. The backup is checked completely and opened with the given account before anything is put in place. An existing store is never overwritten: use --replace to move it aside (it is kept).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move an existing store at --store aside and restore in its place.</source>
        <translation>Move an existing store at --store aside and restore in its place.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>restore needs one backup FILE.</source>
        <translation>restore needs one backup FILE.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>restore needs --store PATH.</source>
        <translation>restore needs --store PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>restore needs --user NAME, an account of the backed-up store.</source>
        <translation>restore needs --user NAME, an account of the backed-up store.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/cli/CliContext.cpp" line="-23" />
        <location filename="../app/cli/StoreCommands.cpp" line="+5" />
        <location filename="../app/cli/UserCommands.cpp" line="-57" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restored %1 records into %2 (backup of %3).
</source>
        <translation>Restored %1 records into %2 (backup of %3).
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store that was there is kept at %1.
</source>
        <translation>The store that was there is kept at %1.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the store's data key (administrators). Every account keeps its password and the recovery code keeps working; the old key no longer opens the store. Close SoHoa on this computer first.</source>
        <translation>Replace the store's data key (administrators). Every account keeps its password and the recovery code keeps working; the old key no longer opens the store. Close SoHoa on this computer first.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../app/cli/UserCommands.cpp" line="+27" />
        <source>Re-encrypting the store with a new key...
</source>
        <translation>Re-encrypting the store with a new key...
</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../app/cli/UserCommands.cpp" line="+10" />
        <source>The store now uses a new data key.
</source>
        <translation>The store now uses a new data key.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>write an encrypted backup of the store</source>
        <translation>write an encrypted backup of the store</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restore a backup into a store folder</source>
        <translation>restore a backup into a store folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>replace the store's data key (admin)</source>
        <translation>replace the store's data key (admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+3" />
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
        <location line="+4" />
        <source>File holding the recovery code ('-' = stdin).</source>
        <translation>File holding the recovery code ('-' = stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="-106" />
        <location line="+42" />
        <location filename="../app/cli/CliContext.cpp" line="-78" />
        <location filename="../app/cli/ExportCommands.cpp" line="-76" />
        <location line="+19" />
        <location line="+60" />
        <location filename="../app/cli/StoreCommands.cpp" line="+0" />
        <location line="+4" />
        <location filename="../app/cli/SyncCommands.cpp" line="+87" />
        <location line="+204" />
        <location filename="../app/cli/UserCommands.cpp" line="-171" />
        <location line="+77" />
        <location line="+48" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-2" />
        <source>Administrator account to set the password of.</source>
        <translation>Administrator account to set the password of.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File holding the new password (or SOHOA_NEW_PASSWORD).</source>
        <translation>File holding the new password (or SOHOA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location filename="../app/cli/UserCommands.cpp" line="-112" />
        <location line="+76" />
        <location line="+49" />
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/UserCommands.cpp" line="-22" />
        <source>New password set for '%1'.
</source>
        <translation>New password set for '%1'.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>create a new encrypted store and its first administrator</source>
        <translation>create a new encrypted store and its first administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set an administrator password with the recovery code</source>
        <translation>set an administrator password with the recovery code</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="-122" />
        <source>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</source>
        <translation>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account name, e.g. lan.nguyen.</source>
        <translation>Account name, e.g. lan.nguyen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="-4" />
        <source>Show, or set (administrators), the longest idle time after which the desktop locks, per role. Users may choose a shorter time, never a longer one.</source>
        <translation>Show, or set (administrators), the longest idle time after which the desktop locks, per role. Users may choose a shorter time, never a longer one.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/cli/UserCommands.cpp" line="+1" />
        <source>clerk, supervisor or admin.</source>
        <translation>clerk, supervisor or admin.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/UserCommands.cpp" line="+0" />
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest idle time in minutes.</source>
        <translation>Longest idle time in minutes.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--role is clerk, supervisor or admin.</source>
        <translation>--role is clerk, supervisor or admin.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>policy idle-lock needs --role ROLE with --minutes N.</source>
        <translation>policy idle-lock needs --role ROLE with --minutes N.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: locks after at most %2 minutes idle
</source>
        <translation>%1: locks after at most %2 minutes idle
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>show or set the longest idle time per role (admin)</source>
        <translation>show or set the longest idle time per role (admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="+1" />
        <source>File holding the new account's password.</source>
        <translation>File holding the new account's password.</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+6" />
        <source>List the store's accounts.</source>
        <translation>List the store's accounts.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</source>
        <translation>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+116" />
        <source>Account name.</source>
        <translation>Account name.</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+48" />
        <source>File holding the new password.</source>
        <translation>File holding the new password.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>user reset-password needs --name NAME.</source>
        <translation>user reset-password needs --name NAME.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change the signed-in account's own password.</source>
        <translation>Change the signed-in account's own password.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Password changed.
</source>
        <translation>Password changed.
</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Delete an account (administrators; not your own, not the last administrator). Its password stops opening the store, the store gets a new data key as when disabling, and the registry refuses what its key signs from now on. Its entries in the audit trail keep its name, and the name cannot be given to a new account.</source>
        <translation>Delete an account (administrators; not your own, not the last administrator). Its password stops opening the store, the store gets a new data key as when disabling, and the registry refuses what its key signs from now on. Its entries in the audit trail keep its name, and the name cannot be given to a new account.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Account '%1' deleted.
</source>
        <translation>Account '%1' deleted.
</translation>
    </message>
    <message>
        <location line="+27" />
        <source>disable an account and replace the store key (admin)</source>
        <translation>disable an account and replace the store key (admin)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>delete an account, keep its history, replace the store key (admin)</source>
        <translation>delete an account, keep its history, replace the store key (admin)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enable an account with a new password (admin)</source>
        <translation>enable an account with a new password (admin)</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+49" />
        <source>Give the account with --name NAME.</source>
        <translation>Give the account with --name NAME.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account '%1' enabled.
</source>
        <translation>Account '%1' enabled.
</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Account '%1' disabled.
</source>
        <translation>Account '%1' disabled.
</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Disable an account (administrators). Its password stops opening the store at once, and the store gets a new data key, so that a key the account's owner may have kept opens nothing any more. Close SoHoa on this computer first; if the store is in use, the account is disabled and the new key is left for 'sohoa-cli store rekey'.</source>
        <translation>Disable an account (administrators). Its password stops opening the store at once, and the store gets a new data key, so that a key the account's owner may have kept opens nothing any more. Close SoHoa on this computer first; if the store is in use, the account is disabled and the new key is left for 'sohoa-cli store rekey'.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>The store key could not be replaced yet (%1). Run 'sohoa-cli store rekey' as an administrator when no one else has the store open.
</source>
        <translation>The store key could not be replaced yet (%1). Run 'sohoa-cli store rekey' as an administrator when no one else has the store open.
</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Enable a disabled account again (administrators) with a new password from --new-password-file or SOHOA_NEW_PASSWORD; the owner must change it at the next sign-in.</source>
        <translation>Enable a disabled account again (administrators) with a new password from --new-password-file or SOHOA_NEW_PASSWORD; the owner must change it at the next sign-in.</translation>
    </message>
    <message>
        <location line="+13" />
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
        <location filename="../app/cli/ExportCommands.cpp" line="-90" />
        <source>Write one file with the batch's approved records that are not yet at the registry (canonical JSON), their page images and a manifest with hashes, encrypted to the registry's key and signed by this device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse it. The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled device (sync enrol).</source>
        <translation>Write one file with the batch's approved records that are not yet at the registry (canonical JSON), their page images and a manifest with hashes, encrypted to the registry's key and signed by this device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse it. The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled device (sync enrol).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The batch to export.</source>
        <translation>The batch to export.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Exported %1 of %2 records.
</source>
        <translation>Exported %1 of %2 records.
</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+148" />
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <location line="-120" />
        <source>%1 records and %2 page PDFs encrypted into %3 (%4 bytes). The receiving office opens it with: sohoa-cli export open FILE --out DIR, and the passphrase.
</source>
        <translation>%1 records and %2 page PDFs encrypted into %3 (%4 bytes). The receiving office opens it with: sohoa-cli export open FILE --out DIR, and the passphrase.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 records written to %2 (%3 page PDFs, %4 bytes). These files hold personal data in plain text: keep them only as long as the import needs them.
</source>
        <translation>%1 records written to %2 (%3 page PDFs, %4 bytes). These files hold personal data in plain text: keep them only as long as the import needs them.
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The package file to write; for the table formats, a new or empty folder.</source>
        <translation>The package file to write; for the table formats, a new or empty folder.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>package (default): the signed, encrypted package. national-xlsx: the national civil-status import workbooks (one per record type, sheet "DL Import" and code lists in "Ghi chu") of the batch's approved records, with each record's pages as one PDF &lt;so&gt;_&lt;quyenSo&gt;_&lt;trangSo&gt;.pdf. land-csv, land-xlsx: the land registry office's list of approved land certificates (columns in docs/national-standard.md). The table formats write personal data in plain text.</source>
        <translation>package (default): the signed, encrypted package. national-xlsx: the national civil-status import workbooks (one per record type, sheet "DL Import" and code lists in "Ghi chu") of the batch's approved records, with each record's pages as one PDF &lt;so&gt;_&lt;quyenSo&gt;_&lt;trangSo&gt;.pdf. land-csv, land-xlsx: the land registry office's list of approved land certificates (columns in docs/national-standard.md). The table formats write personal data in plain text.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table formats: write the tables without the page PDFs.</source>
        <translation>Table formats: write the tables without the page PDFs.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table formats: write everything into one encrypted file (--out FILE.sohoa-export) for carrying to another office; nothing is written in plain text. The passphrase (at least 12 characters) comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE.</source>
        <translation>Table formats: write everything into one encrypted file (--out FILE.sohoa-export) for carrying to another office; nothing is written in plain text. The passphrase (at least 12 characters) comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File whose first line is the passphrase of the encrypted export, '-' for stdin.</source>
        <translation>File whose first line is the passphrase of the encrypted export, '-' for stdin.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Also include records already in an earlier package whose receipt never came (the registry still takes each record once).</source>
        <translation>Also include records already in an earlier package whose receipt never came (the registry still takes each record once).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export needs --batch NAME and --out FILE.</source>
        <translation>export needs --batch NAME and --out FILE.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../app/cli/SyncCommands.cpp" line="-333" />
        <source>There is no batch named '%1'.</source>
        <translation>There is no batch named '%1'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown export format '%1' (package, national-xlsx, land-csv, land-xlsx).</source>
        <translation>Unknown export format '%1' (package, national-xlsx, land-csv, land-xlsx).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Package %1 written to %2: %3 records, %4 page images, %5 bytes.
</source>
        <translation>Package %1 written to %2: %3 records, %4 page images, %5 bytes.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open an encrypted export (written by export --encrypt): list its files, or write them into a new or empty folder (--out). Every byte is checked; a wrong passphrase or an altered or cut file is refused and nothing is left behind. The passphrase comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE. The written files hold personal data in plain text.</source>
        <translation>Open an encrypted export (written by export --encrypt): list its files, or write them into a new or empty folder (--out). Every byte is checked; a wrong passphrase or an altered or cut file is refused and nothing is left behind. The passphrase comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE. The written files hold personal data in plain text.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The encrypted export (*.sohoa-export).</source>
        <translation>The encrypted export (*.sohoa-export).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Folder to write the files into (new or empty).</source>
        <translation>Folder to write the files into (new or empty).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only list the files.</source>
        <translation>Only list the files.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the passphrase, '-' for stdin.</source>
        <translation>File whose first line is the passphrase, '-' for stdin.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export open needs FILE and either --out DIR or --list.</source>
        <translation>export open needs FILE and either --out DIR or --list.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 files (%2 bytes) written to %3. They hold personal data in plain text: keep them only as long as the import needs them.
</source>
        <translation>%1 files (%2 bytes) written to %3. They hold personal data in plain text: keep them only as long as the import needs them.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>list or unpack an encrypted export of the national workbooks (export --encrypt)</source>
        <translation>list or unpack an encrypted export of the national workbooks (export --encrypt)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>write a signed, encrypted batch package for removable media, or the national import workbooks</source>
        <translation>write a signed, encrypted batch package for removable media, or the national import workbooks</translation>
    </message>
    <message>
        <location filename="../app/cli/ExtractCommand.cpp" line="-13" />
        <source>OCR each file (PNG, JPEG, TIFF or PDF; folders are searched for them), separate a file that holds several documents (a stack) by what its pages print, classify each document, extract and validate its fields, without touching any store. Prints one JSON object per document on stdout (file, first_page, pages, type, fields, issues), in input order and page order; progress goes to stderr. Exit status 3 when some files could not be read, 2 for usage errors.</source>
        <translation>OCR each file (PNG, JPEG, TIFF or PDF; folders are searched for them), separate a file that holds several documents (a stack) by what its pages print, classify each document, extract and validate its fields, without touching any store. Prints one JSON object per document on stdout (file, first_page, pages, type, fields, issues), in input order and page order; progress goes to stderr. Exit status 3 when some files could not be read, 2 for usage errors.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../app/cli/IngestCommand.cpp" line="+3" />
        <location filename="../app/cli/ScanCommands.cpp" line="+24" />
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read documents that match a layout file of DIR (layout learn) with that layout first.</source>
        <translation>Read documents that match a layout file of DIR (layout learn) with that layout first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Files or folders to read.</source>
        <translation>Files or folders to read.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>extract needs at least one FILE.</source>
        <translation>extract needs at least one FILE.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/cli/IngestSupport.cpp" line="+131" />
        <source>--jobs needs a positive number.</source>
        <translation>--jobs needs a positive number.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>OCR, classify, extract and validate files (no store)</source>
        <translation>OCR, classify, extract and validate files (no store)</translation>
    </message>
    <message>
        <location filename="../app/cli/IngestCommand.cpp" line="-32" />
        <source>%1: not imported: %2
</source>
        <translation>%1: not imported: %2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 from page %2</source>
        <translation>%1 from page %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: document %2, record %3 (%4, %n page(s) stored)</source>
        <translation>
            <numerusform>%1: document %2, record %3 (%4, %n page(s) stored)</numerusform>
            <numerusform>%1: document %2, record %3 (%4, %n page(s) stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>, %n blank page(s) kept</source>
        <translation>
            <numerusform>, %n blank page(s) kept</numerusform>
            <numerusform>, %n blank page(s) kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n blank page(s) skipped</source>
        <translation>
            <numerusform>, %n blank page(s) skipped</numerusform>
            <numerusform>, %n blank page(s) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n issue(s)</source>
        <translation>
            <numerusform>, %n issue(s)</numerusform>
            <numerusform>, %n issue(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import scans and PDFs (files or folders) into a batch of the store: each document becomes a document of the store with its original page images, OCR, extracted fields and validation issues, stored in one transaction; a file that holds several documents (a stack) is separated by what its pages print. With --json, one JSON line per document with its document and record ids. A file already imported into the batch is skipped. Exit status 3 when some files could not be read.</source>
        <translation>Import scans and PDFs (files or folders) into a batch of the store: each document becomes a document of the store with its original page images, OCR, extracted fields and validation issues, stored in one transaction; a file that holds several documents (a stack) is separated by what its pages print. With --json, one JSON line per document with its document and record ids. A file already imported into the batch is skipped. Exit status 3 when some files could not be read.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The batch to import into (created if missing).</source>
        <translation>The batch to import into (created if missing).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import files even if the batch already has them.</source>
        <translation>Import files even if the batch already has them.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Files or folders to import.</source>
        <translation>Files or folders to import.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ingest needs --batch NAME.</source>
        <translation>ingest needs --batch NAME.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ingest needs at least one FILE.</source>
        <translation>ingest needs at least one FILE.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>import scans and PDFs into a batch (OCR, extract, validate)</source>
        <translation>import scans and PDFs into a batch (OCR, extract, validate)</translation>
    </message>
    <message>
        <location filename="../app/cli/IngestSupport.cpp" line="-137" />
        <source>Record type: auto (classify, the default) or %1.</source>
        <translation>Record type: auto (classify, the default) or %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/cli/LayoutCommands.cpp" line="-204" />
        <location filename="../app/cli/RecordCommands.cpp" line="-157" />
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages OCR'd in parallel (default: the number of cores, %1).</source>
        <translation>Pages OCR'd in parallel (default: the number of cores, %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep blank pages (by default they are reported and skipped).</source>
        <translation>Keep blank pages (by default they are reported and skipped).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not separate files into documents: each file is one document, whatever its pages print.</source>
        <translation>Do not separate files into documents: each file is one document, whatever its pages print.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OCR PDF pages even when they carry a usable text layer.</source>
        <translation>OCR PDF pages even when they carry a usable text layer.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unknown record type '%1': use auto or one of %2.</source>
        <translation>Unknown record type '%1': use auto or one of %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The Vietnamese OCR model (vie.traineddata) is not installed. Install the package tesseract-ocr-vie, or set TESSDATA_PREFIX to the folder that holds it.</source>
        <translation>The Vietnamese OCR model (vie.traineddata) is not installed. Install the package tesseract-ocr-vie, or set TESSDATA_PREFIX to the folder that holds it.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>  %1 of %2 pages read, %3 pages/min
</source>
        <translation>  %1 of %2 pages read, %3 pages/min
</translation>
    </message>
    <message>
        <location line="+15" />
        <source> (document from page %1)</source>
        <translation> (document from page %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>, blank page(s) %1</source>
        <translation>, blank page(s) %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1, %2 field(s), %3 issue(s), %4 pages/min
</source>
        <translation>, %1, %2 field(s), %3 issue(s), %4 pages/min
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Done: %1 document(s), %2 page(s) in %3 s (%4 pages/min).
</source>
        <translation>Done: %1 document(s), %2 page(s) in %3 s (%4 pages/min).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="-56" />
        <source>Record %1 (%2), %3, batch %4, version %5
</source>
        <translation>Record %1 (%2), %3, batch %4, version %5
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>fix:</source>
        <translation>fix:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rejected:</source>
        <translation>rejected:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only records in this state: to_verify, verified, approved, rejected.</source>
        <translation>Only records in this state: to_verify, verified, approved, rejected.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/cli/SyncCommands.cpp" line="+174" />
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only records of this batch.</source>
        <translation>Only records of this batch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only records of this type: birth, death, marriage, land_certificate.</source>
        <translation>Only records of this type: birth, death, marriage, land_certificate.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>List records with their fields, validation issues and workflow state, oldest first. With --json, one JSON object per line.</source>
        <translation>List records with their fields, validation issues and workflow state, oldest first. With --json, one JSON object per line.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many records (default: all).</source>
        <translation>At most this many records (default: all).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+68" />
        <source>--state must be to_verify, verified, approved or rejected.</source>
        <translation>--state must be to_verify, verified, approved or rejected.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Unknown record type '%1'.</source>
        <translation>Unknown record type '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 record(s).
</source>
        <translation>%1 record(s).
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search names, places and numbers of the store's records, accent- and case-insensitively ("nguyen van an" finds "Nguyễn Văn An"); dates as 13/05/1990 or 1990-05-13. Best matches first.</source>
        <translation>Search names, places and numbers of the store's records, accent- and case-insensitively ("nguyen van an" finds "Nguyễn Văn An"); dates as 13/05/1990 or 1990-05-13. Best matches first.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At most this many results (default 20).</source>
        <translation>At most this many results (default 20).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What to look for.</source>
        <translation>What to look for.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>search needs a QUERY.</source>
        <translation>search needs a QUERY.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit needs a number from 1 to 10000.</source>
        <translation>--limit needs a number from 1 to 10000.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 result(s).
</source>
        <translation>%1 result(s).
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Correct a record's fields (clerks) and, with --confirm, confirm it as verified. Each --set KEY=VALUE replaces a field (an empty VALUE removes it); validation runs again after the edit. Confirming is refused while an error remains. Prints the record afterwards.</source>
        <translation>Correct a record's fields (clerks) and, with --confirm, confirm it as verified. Each --set KEY=VALUE replaces a field (an empty VALUE removes it); validation runs again after the edit. Confirming is refused while an error remains. Prints the record afterwards.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A field's new value (repeatable).</source>
        <translation>A field's new value (repeatable).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm the record as verified.</source>
        <translation>Confirm the record as verified.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse the edit if the record's version is not N (someone changed it meanwhile).</source>
        <translation>Refuse the edit if the record's version is not N (someone changed it meanwhile).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+116" />
        <source>The record.</source>
        <translation>The record.</translation>
    </message>
    <message>
        <location line="-110" />
        <source>verify needs one record ID.</source>
        <translation>verify needs one record ID.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--set needs KEY=VALUE, not '%1'.</source>
        <translation>--set needs KEY=VALUE, not '%1'.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>verify needs --set KEY=VALUE and/or --confirm.</source>
        <translation>verify needs --set KEY=VALUE and/or --confirm.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--expect-version needs a positive number.</source>
        <translation>--expect-version needs a positive number.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Approve verified records (supervisors). An account cannot approve a record it verified itself. Records with warnings (duplicates, renamed units, ...) need --acknowledge-warnings. Exit status 1 when any record was not approved.</source>
        <translation>Approve verified records (supervisors). An account cannot approve a record it verified itself. Records with warnings (duplicates, renamed units, ...) need --acknowledge-warnings. Exit status 1 when any record was not approved.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approve despite warnings; the acknowledged warnings go to the audit trail.</source>
        <translation>Approve despite warnings; the acknowledged warnings go to the audit trail.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approve values the clerk kept as written in the book although the validator finds them wrong; they go to the audit trail.</source>
        <translation>Approve values the clerk kept as written in the book although the validator finds them wrong; they go to the audit trail.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records to approve.</source>
        <translation>Records to approve.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is not a record ID.</source>
        <translation>'%1' is not a record ID.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>approve needs at least one record ID.</source>
        <translation>approve needs at least one record ID.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Record %1 approved.
</source>
        <translation>Record %1 approved.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reject a verified record with the reason (supervisors); it goes back to the clerks. An account cannot reject a record it verified itself.</source>
        <translation>Reject a verified record with the reason (supervisors); it goes back to the clerks. An account cannot reject a record it verified itself.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why, for the clerk who will correct it.</source>
        <translation>Why, for the clerk who will correct it.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/SyncCommands.cpp" line="+126" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+7" />
        <source>reject needs one record ID.</source>
        <translation>reject needs one record ID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reject needs --reason TEXT.</source>
        <translation>reject needs --reason TEXT.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Record %1 rejected.
</source>
        <translation>Record %1 rejected.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>list records with fields, issues and workflow state</source>
        <translation>list records with fields, issues and workflow state</translation>
    </message>
    <message>
        <location line="+3" />
        <source>full-text search over names, places and numbers</source>
        <translation>full-text search over names, places and numbers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>correct fields of a record and confirm it (clerks)</source>
        <translation>correct fields of a record and confirm it (clerks)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approve verified records (supervisors)</source>
        <translation>approve verified records (supervisors)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>send a verified record back with a reason (supervisors)</source>
        <translation>send a verified record back with a reason (supervisors)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScanCommands.cpp" line="-86" />
        <source>List the scanners SANE can see (network scanners can take a few seconds).</source>
        <translation>List the scanners SANE can see (network scanners can take a few seconds).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also list each scanner's sources, resolutions and modes.</source>
        <translation>Also list each scanner's sources, resolutions and modes.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No scanner found.
</source>
        <translation>No scanner found.
</translation>
    </message>
    <message>
        <location line="+28" />
        <source>  resolutions: %1
  modes: %2
</source>
        <translation>  resolutions: %1
  modes: %2
</translation>
    </message>
    <message>
        <location line="+118" />
        <source>Scan into a batch of the store: a flatbed page, or the whole document feeder. Documents are OCR'd and stored while the scanner feeds. On a paper jam, open cover or empty feeder the pages scanned so far are kept; at a terminal you are asked to fix the paper and continue, otherwise the command stores what it has and exits with status 1 (see --on-error).</source>
        <translation>Scan into a batch of the store: a flatbed page, or the whole document feeder. Documents are OCR'd and stored while the scanner feeds. On a paper jam, open cover or empty feeder the pages scanned so far are kept; at a terminal you are asked to fix the paper and continue, otherwise the command stores what it has and exits with status 1 (see --on-error).</translation>
    </message>
    <message>
        <location line="-98" />
        <source>The batch to scan into (created if missing).</source>
        <translation>The batch to scan into (created if missing).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanner id from 'scan devices' (default: the first one).</source>
        <translation>Scanner id from 'scan devices' (default: the first one).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper source as the scanner names it, e.g. Flatbed or ADF Duplex.</source>
        <translation>Paper source as the scanner names it, e.g. Flatbed or ADF Duplex.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DPI (default 300).</source>
        <translation>DPI (default 300).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grey (default), colour or bw.</source>
        <translation>grey (default), colour or bw.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Both sides, for scanners with a separate duplex switch.</source>
        <translation>Both sides, for scanners with a separate duplex switch.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheets that make one document (default 1; 0: the whole scan is one document).</source>
        <translation>Sheets that make one document (default 1; 0: the whole scan is one document).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Separate documents by what their pages print instead of --sheets-per-document (a mixed stack in the feeder).</source>
        <translation>Separate documents by what their pages print instead of --sheets-per-document (a mixed stack in the feeder).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A scanner-specific option, NAME=VALUE (repeatable).</source>
        <translation>A scanner-specific option, NAME=VALUE (repeatable).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After a scanner error: wait (ask at the terminal, the default at a terminal) or stop (store what was scanned and exit).</source>
        <translation>After a scanner error: wait (ask at the terminal, the default at a terminal) or stop (store what was scanned and exit).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Unknown argument '%1'.</source>
        <translation>Unknown argument '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>scan needs --batch NAME.</source>
        <translation>scan needs --batch NAME.</translation>
    </message>
    <message>
        <location line="-75" />
        <source>--resolution must be between 50 and 1200.</source>
        <translation>--resolution must be between 50 and 1200.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--mode must be grey, colour or bw.</source>
        <translation>--mode must be grey, colour or bw.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--option needs NAME=VALUE, not '%1'.</source>
        <translation>--option needs NAME=VALUE, not '%1'.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>--sheets-per-document needs a number (0 or more).</source>
        <translation>--sheets-per-document needs a number (0 or more).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--on-error must be wait or stop.</source>
        <translation>--on-error must be wait or stop.</translation>
    </message>
    <message>
        <location line="-66" />
        <source>No scanner found.</source>
        <translation>No scanner found.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>%1: not stored: %2
</source>
        <translation>%1: not stored: %2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: document %2, record %3 (%4)
</source>
        <translation>%1: document %2, record %3 (%4)
</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Scanned page %1 (sheet %2%3)
</source>
        <translation>Scanned page %1 (sheet %2%3)
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, back</source>
        <translation>, back</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scanner: %1
%2 page(s) scanned so far are kept.
</source>
        <translation>Scanner: %1
%2 page(s) scanned so far are kept.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fix the paper, then press Enter to continue scanning, or type q and Enter to finish: </source>
        <translation>Fix the paper, then press Enter to continue scanning, or type q and Enter to finish: </translation>
    </message>
    <message>
        <location line="+74" />
        <source>Done: %1 page(s) scanned, %2 document(s) stored.
</source>
        <translation>Done: %1 page(s) scanned, %2 document(s) stored.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>scan a page or a whole document feeder into a batch</source>
        <translation>scan a page or a whole document feeder into a batch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list the scanners</source>
        <translation>list the scanners</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="-311" />
        <source>[next attempt %1]</source>
        <translation>[next attempt %1]</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Send every approved record not yet at the registry (queued, or failed and due again) and record the registry's answer for each: accepted (with its id), rejected (with its reason) or conflict (with both versions). Anything whose delivery is uncertain (the last run was cut off) is asked about first and never sent twice. Prints one line per record (JSON Lines with --json, then a summary object). Exit status 0 when every record has the registry's answer, 1 when some still wait for a retry or need attention.</source>
        <translation>Send every approved record not yet at the registry (queued, or failed and due again) and record the registry's answer for each: accepted (with its id), rejected (with its reason) or conflict (with both versions). Anything whose delivery is uncertain (the last run was cut off) is asked about first and never sent twice. Prints one line per record (JSON Lines with --json, then a summary object). Exit status 0 when every record has the registry's answer, 1 when some still wait for a retry or need attention.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The registry's https:// address (default: the one enrolled with).</source>
        <translation>The registry's https:// address (default: the one enrolled with).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+93" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-92" />
        <location line="+136" />
        <source>Only this batch.</source>
        <translation>Only this batch.</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Seconds to wait for each answer.</source>
        <translation>Seconds to wait for each answer.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="-1" />
        <source>How long to keep retrying failures that fall due during this run.</source>
        <translation>How long to keep retrying failures that fall due during this run.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requests in flight at once.</source>
        <translation>Requests in flight at once.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records per request (1-200).</source>
        <translation>Records per request (1-200).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First retry delay in milliseconds (doubles each time).</source>
        <translation>First retry delay in milliseconds (doubles each time).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown sync subcommand '%1'.</source>
        <translation>Unknown sync subcommand '%1'.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>sync: %1 answered (%2 accepted, %3 rejected, %4 conflicts), %5 failed attempts; %6
</source>
        <translation>sync: %1 answered (%2 accepted, %3 rejected, %4 conflicts), %5 failed attempts; %6
</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 accepted, %2 rejected, %3 conflicts, %4 will retry, %5 need attention, %6 waiting (%7 requests).
</source>
        <translation>%1 accepted, %2 rejected, %3 conflicts, %4 will retry, %5 need attention, %6 waiting (%7 requests).
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Enrol this office's device with a registry (administrator): registers the device's public keys with the one-time code from the registry, pins the registry's certificate or CA, and keeps the registry's keys for packages and receipts.</source>
        <translation>Enrol this office's device with a registry (administrator): registers the device's public keys with the one-time code from the registry, pins the registry's certificate or CA, and keeps the registry's keys for packages and receipts.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry's https:// address.</source>
        <translation>The registry's https:// address.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The one-time enrolment code.</source>
        <translation>The one-time enrolment code.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM file of the registry's certificate or CA to pin.</source>
        <translation>PEM file of the registry's certificate or CA to pin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A name for this device (default: the computer's name).</source>
        <translation>A name for this device (default: the computer's name).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>sync enrol needs --server URL, --code CODE and --ca FILE.</source>
        <translation>sync enrol needs --server URL, --code CODE and --ca FILE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Enrolled with %1 (%2) as device %3.
</source>
        <translation>Enrolled with %1 (%2) as device %3.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Show the outbox: each batch and each record on its way to a registry, with its state, last attempt, what happened and what comes next.</source>
        <translation>Show the outbox: each batch and each record on its way to a registry, with its state, last attempt, what happened and what comes next.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only records the supervisor must look at (rejected, conflict, needs attention).</source>
        <translation>Only records the supervisor must look at (rejected, conflict, needs attention).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only records in this sync state.</source>
        <translation>Only records in this sync state.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown sync state '%1'.</source>
        <translation>Unknown sync state '%1'.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Batch '%1': %2 (%3)%4
</source>
        <translation>Batch '%1': %2 (%3)%4
</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Queue records again for the next sync: failed ones, ones that needed attention, or ones in a package that never came back (the registry is asked first, so nothing is sent twice). Give record ids or --batch NAME.</source>
        <translation>Queue records again for the next sync: failed ones, ones that needed attention, or ones in a package that never came back (the registry is asked first, so nothing is sent twice). Give record ids or --batch NAME.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every record of this batch.</source>
        <translation>Every record of this batch.</translation>
    </message>
    <message>
        <location line="-23" />
        <location line="+24" />
        <source>Record ids.</source>
        <translation>Record ids.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sync retry needs record ids or --batch NAME.</source>
        <translation>sync retry needs record ids or --batch NAME.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 record(s) queued again.
</source>
        <translation>%1 record(s) queued again.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Take records that never reached the registry out of the outbox and send them back to the clerk with a reason.</source>
        <translation>Take records that never reached the registry out of the outbox and send them back to the clerk with a reason.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sync cancel needs record ids and --reason TEXT.</source>
        <translation>sync cancel needs record ids and --reason TEXT.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 record(s) taken out of the outbox and sent back to the clerk.
</source>
        <translation>%1 record(s) taken out of the outbox and sent back to the clerk.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Send records the registry rejected or found in conflict back to the clerk, with the registry's reason. Approved again after correction, they are sent as a new submission.</source>
        <translation>Send records the registry rejected or found in conflict back to the clerk, with the registry's reason. Approved again after correction, they are sent as a new submission.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sync return needs record ids.</source>
        <translation>sync return needs record ids.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 record(s) sent back to the clerk.
</source>
        <translation>%1 record(s) sent back to the clerk.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import the registry's signed receipt for an offline package: the outbox takes its answers exactly as after an online sync. Importing it again changes nothing.</source>
        <translation>Import the registry's signed receipt for an offline package: the outbox takes its answers exactly as after an online sync. Importing it again changes nothing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt file.</source>
        <translation>The receipt file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>sync import-receipt needs --receipt FILE.</source>
        <translation>sync import-receipt needs --receipt FILE.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Receipt %1 was already imported; nothing changed.
</source>
        <translation>Receipt %1 was already imported; nothing changed.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt %1 for package %2: %3 answers, %4 outbox entries updated.
</source>
        <translation>Receipt %1 for package %2: %3 answers, %4 outbox entries updated.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>send approved records to the registry and record its answers</source>
        <translation>send approved records to the registry and record its answers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>enrol this device with a registry (administrator)</source>
        <translation>enrol this device with a registry (administrator)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>show the outbox: state, last attempt and reason per record</source>
        <translation>show the outbox: state, last attempt and reason per record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue failed or unanswered records again</source>
        <translation>queue failed or unanswered records again</translation>
    </message>
    <message>
        <location line="+2" />
        <source>take unsent records out of the outbox, back to the clerk</source>
        <translation>take unsent records out of the outbox, back to the clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>send registry-rejected or conflicting records back to the clerk</source>
        <translation>send registry-rejected or conflicting records back to the clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import the registry's receipt for an offline package</source>
        <translation>import the registry's receipt for an offline package</translation>
    </message>
    <message>
        <location filename="../app/cli/DocumentCommands.cpp" line="+37" />
        <source>Merge two documents of a batch that are one (a stack cut in the wrong place): the pages of the second are appended to the first, the second document and its record are removed, and the first's record is read again from all its pages. Only before verification.</source>
        <translation>Merge two documents of a batch that are one (a stack cut in the wrong place): the pages of the second are appended to the first, the second document and its record are removed, and the first's record is read again from all its pages. Only before verification.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The first document, then the one whose pages follow it.</source>
        <translation>The first document, then the one whose pages follow it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>documents merge needs two document IDs.</source>
        <translation>documents merge needs two document IDs.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Document %1 now holds %2 page(s) (record %3); document %4 was merged into it.
</source>
        <translation>Document %1 now holds %2 page(s) (record %3); document %4 was merged into it.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Split a document of a batch that holds two (a stack cut in the wrong place): the pages from --at on become a new document with a record of its own, and both records are read again from their pages. Only before verification.</source>
        <translation>Split a document of a batch that holds two (a stack cut in the wrong place): the pages from --at on become a new document with a record of its own, and both records are read again from their pages. Only before verification.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The page (1-based) that starts the new document.</source>
        <translation>The page (1-based) that starts the new document.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document to split.</source>
        <translation>The document to split.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>documents split needs one document ID.</source>
        <translation>documents split needs one document ID.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>documents split needs --at PAGE, a page from 2 on.</source>
        <translation>documents split needs --at PAGE, a page from 2 on.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Document %1 keeps %2 page(s) (record %3); its pages from %4 on are now document %5 (record %6).
</source>
        <translation>Document %1 keeps %2 page(s) (record %3); its pages from %4 on are now document %5 (record %6).
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>merge two documents that are one (before verification)</source>
        <translation>merge two documents that are one (before verification)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>split a document at a page (before verification)</source>
        <translation>split a document at a page (before verification)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryProgram.cpp" line="+43" />
        <source>The reference registry program %1 is not installed beside sohoa-cli.</source>
        <translation>The reference registry program %1 is not installed beside sohoa-cli.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <source>Cannot start the reference registry program %1: %2</source>
        <translation>Cannot start the reference registry program %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/LayoutCommands.cpp" line="-5" />
        <source>Learn the layout of a form from one document whose values are known, without any store: OCR the IMAGE, find each value of VALUES.json (canonical key -&gt; value as in SPEC section 1) on it, and write a layout file into DIR. The file holds where the values sit relative to the print of the form, never the values.</source>
        <translation>Learn the layout of a form from one document whose values are known, without any store: OCR the IMAGE, find each value of VALUES.json (canonical key -&gt; value as in SPEC section 1) on it, and write a layout file into DIR. The file holds where the values sit relative to the print of the form, never the values.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The record type of the document.</source>
        <translation>The record type of the document.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JSON object of the document's values.</source>
        <translation>JSON object of the document's values.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VALUES.json</source>
        <translation>VALUES.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder to write the layout file into.</source>
        <translation>Folder to write the layout file into.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name people will recognise (default: the image's name).</source>
        <translation>A name people will recognise (default: the image's name).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A scan or PDF of the document.</source>
        <translation>A scan or PDF of the document.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>layout learn needs --type with a known record type.</source>
        <translation>layout learn needs --type with a known record type.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>layout learn needs --values, --out and one IMAGE.</source>
        <translation>layout learn needs --values, --out and one IMAGE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>VALUES.json must be a JSON object of field keys and values.</source>
        <translation>VALUES.json must be a JSON object of field keys and values.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Nothing was read from %1.</source>
        <translation>Nothing was read from %1.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Layout "%1" (%2): %3 of %4 fields placed, written to %5 (learned in %6 ms).
</source>
        <translation>Layout "%1" (%2): %3 of %4 fields placed, written to %5 (learned in %6 ms).
</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Layout %1 "%2" (%3) stored, signed by %4 (key %5).
</source>
        <translation>Layout %1 "%2" (%3) stored, signed by %4 (key %5).
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Layout %1 "%2" (%3) stored, unsigned.
</source>
        <translation>Layout %1 "%2" (%3) stored, unsigned.
</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Write every layout of the store into DIR as layout files signed with your administrator key, to share with other offices (layouts hold no personal data). The receiving office checks the signature when it imports them.</source>
        <translation>Write every layout of the store into DIR as layout files signed with your administrator key, to share with other offices (layouts hold no personal data). The receiving office checks the signature when it imports them.</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Folder of layout files.</source>
        <translation>Folder of layout files.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Store every layout file of DIR (*.sohoa-layout.json) in the store; ingest and the desktop then read matching documents with them. A file that was changed after it was written or signed is refused; so is a file that is not signed, or signed with a key this office's roster does not hold, unless an administrator accepts it (--accept-unsigned, --accept-signer). An accepted key is remembered (layout signers): later files signed with it need no flag. When one file is refused, nothing is imported.</source>
        <translation>Store every layout file of DIR (*.sohoa-layout.json) in the store; ingest and the desktop then read matching documents with them. A file that was changed after it was written or signed is refused; so is a file that is not signed, or signed with a key this office's roster does not hold, unless an administrator accepts it (--accept-unsigned, --accept-signer). An accepted key is remembered (layout signers): later files signed with it need no flag. When one file is refused, nothing is imported.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Administrators: store unsigned layout files too (audited).</source>
        <translation>Administrators: store unsigned layout files too (audited).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrators: trust layout files signed with the key of this fingerprint, checked with the sending office (audited; may be repeated).</source>
        <translation>Administrators: trust layout files signed with the key of this fingerprint, checked with the sending office (audited; may be repeated).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <location line="+4" />
        <source>layout import needs one DIR.</source>
        <translation>layout import needs one DIR.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No layout files (*.sohoa-layout.json) in %1.</source>
        <translation>No layout files (*.sohoa-layout.json) in %1.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>List the store's layouts.</source>
        <translation>List the store's layouts.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove a layout from the store.</source>
        <translation>Remove a layout from the store.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The layout's id (layout list).</source>
        <translation>The layout's id (layout list).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>layout remove needs one layout ID.</source>
        <translation>layout remove needs one layout ID.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Layout %1 removed.
</source>
        <translation>Layout %1 removed.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Folder to write into.</source>
        <translation>Folder to write into.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>layout export needs --out DIR.</source>
        <translation>layout export needs --out DIR.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Layout %1 written to %2.
</source>
        <translation>Layout %1 written to %2.
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>List the keys of other offices an administrator accepted for layout files (layout import --accept-signer): files signed with them are imported without naming the key again.</source>
        <translation>List the keys of other offices an administrator accepted for layout files (layout import --accept-signer): files signed with them are imported without naming the key again.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No key of another office has been accepted.
</source>
        <translation>No key of another office has been accepted.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Administrators: forget an accepted key of another office (audited). Its files are refused again until an administrator accepts the key anew; layouts already imported stay.</source>
        <translation>Administrators: forget an accepted key of another office (audited). Its files are refused again until an administrator accepts the key anew; layouts already imported stay.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key's fingerprint (layout signers).</source>
        <translation>The key's fingerprint (layout signers).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>layout signer-remove needs one FINGERPRINT.</source>
        <translation>layout signer-remove needs one FINGERPRINT.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The key %1 is no longer accepted.
</source>
        <translation>The key %1 is no longer accepted.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>learn a form's layout from one document and its values (no store)</source>
        <translation>learn a form's layout from one document and its values (no store)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>store the layout files of a folder</source>
        <translation>store the layout files of a folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the store's layouts</source>
        <translation>list the store's layouts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remove a layout from the store</source>
        <translation>remove a layout from the store</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write the store's layouts into a folder</source>
        <translation>write the store's layouts into a folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list the other offices' keys accepted for layout files</source>
        <translation>list the other offices' keys accepted for layout files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>forget an accepted key of another office</source>
        <translation>forget an accepted key of another office</translation>
    </message>
</context>
<context>
    <name>sohoa::common</name>
    <message>
        <location filename="../core/common/Json.cpp" line="+33" />
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected a JSON object.</source>
        <translation>Expected a JSON object.</translation>
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
        <location filename="../core/crypto/PasswordKdf.cpp" line="+45" />
        <source>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</source>
        <translation>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</translation>
    </message>
    <message>
        <location line="-29" />
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>The key file holds invalid key-derivation settings.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Not enough memory to check the password (%1 MiB needed).</translation>
    </message>
    <message>
        <location filename="../core/crypto/SealedBox.cpp" line="+48" />
        <location line="+17" />
        <source>Sealed data is malformed.</source>
        <translation>Sealed data is malformed.</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+18" />
        <source>Sealed data could not be opened.</source>
        <translation>Sealed data could not be opened.</translation>
    </message>
</context>
<context>
    <name>sohoa::exporting</name>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="+54" />
        <source>The export was cancelled; no file was left behind.</source>
        <translation>The export was cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../core/export/EncryptedArchive.cpp" line="+37" />
        <source>The encrypted export has been altered or damaged; nothing in it can be trusted.</source>
        <translation>The encrypted export has been altered or damaged; nothing in it can be trusted.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The encrypted export is incomplete (cut short while copying?).</source>
        <translation>The encrypted export is incomplete (cut short while copying?).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file is not an encrypted SoHoa export, or was made by a newer version.</source>
        <translation>This file is not an encrypted SoHoa export, or was made by a newer version.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>'%1' cannot be stored in the encrypted export.</source>
        <translation>'%1' cannot be stored in the encrypted export.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The passphrase of an encrypted export needs at least %1 characters.</source>
        <translation>The passphrase of an encrypted export needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>These key-derivation settings are refused.</source>
        <translation>These key-derivation settings are refused.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; choose a new file name for the export.</source>
        <translation>%1 already exists; choose a new file name for the export.</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+187" />
        <source>the file could not be put in place</source>
        <translation>the file could not be put in place</translation>
    </message>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="+151" />
        <location filename="../core/export/EncryptedArchive.cpp" line="-368" />
        <location filename="../core/export/TableWriter.cpp" line="+20" />
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/EncryptedArchive.cpp" line="+233" />
        <location line="+14" />
        <source>The passphrase is wrong, or the encrypted export was altered.</source>
        <translation>The passphrase is wrong, or the encrypted export was altered.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>the folder could not be created</source>
        <translation>the folder could not be created</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The folder %1 is not empty; choose a new or empty folder.</source>
        <translation>The folder %1 is not empty; choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="-52" />
        <source>The folder %1 is not empty; choose a new or empty folder for the export.</source>
        <translation>The folder %1 is not empty; choose a new or empty folder for the export.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Could not read back %1 from memory.</source>
        <translation>Could not read back %1 from memory.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This computer offers no memory-only folder for the encrypted export's working files, so it was not started (no plaintext was written).</source>
        <translation>This computer offers no memory-only folder for the encrypted export's working files, so it was not started (no plaintext was written).</translation>
    </message>
    <message>
        <location line="+286" />
        <source>Batch '%1' has no approved land certificate.</source>
        <translation>Batch '%1' has no approved land certificate.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch '%1' has no approved birth, death or marriage record.</source>
        <translation>Batch '%1' has no approved birth, death or marriage record.</translation>
    </message>
    <message>
        <location line="-429" />
        <location line="+32" />
        <location filename="../core/export/EncryptedArchive.cpp" line="+2" />
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportTable.cpp" line="+88" />
        <source>The record type %1 has no export table "%2".</source>
        <translation>The record type %1 has no export table "%2".</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The export table "%1" of %2 has a column without name or field.</source>
        <translation>The export table "%1" of %2 has a column without name or field.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The export table "%1" of %2 names an unknown field %3.</source>
        <translation>The export table "%1" of %2 names an unknown field %3.</translation>
    </message>
    <message>
        <location filename="../core/export/TableWriter.cpp" line="+21" />
        <source>the workbook could not be created</source>
        <translation>the workbook could not be created</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+33" />
        <source>the sheet could not be created</source>
        <translation>the sheet could not be created</translation>
    </message>
</context>
<context>
    <name>sohoa::fixtures</name>
    <message>
        <location filename="../testing/demo/DemoStore.cpp" line="+181" />
        <source>Handwritten register; key by hand</source>
        <translation>Handwritten register; key by hand</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Handwriting: OCR could not read this page.</source>
        <translation>Handwriting: OCR could not read this page.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>The date of birth does not match the page; check it again.</source>
        <translation>The date of birth does not match the page; check it again.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>A demonstration store with made-up records. Accounts: clerk %1 (password %2), supervisor %3 (%4), administrator %5 (%6).</source>
        <translation>A demonstration store with made-up records. Accounts: clerk %1 (password %2), supervisor %3 (%4), administrator %5 (%6).</translation>
    </message>
</context>
<context>
    <name>sohoa::imaging</name>
    <message>
        <location filename="../core/imaging/ArchiveImage.cpp" line="+88" />
        <source>There is no image to archive.</source>
        <translation>There is no image to archive.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+10" />
        <location line="+21" />
        <source>The page image cannot be compressed.</source>
        <translation>The page image cannot be compressed.</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageCodec.cpp" line="+75" />
        <source>%1 has no pixels.</source>
        <translation>%1 has no pixels.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is only %2 x %3 pixels: too small to be a scanned page.</source>
        <translation>%1 is only %2 x %3 pixels: too small to be a scanned page.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 claims %2 x %3 pixels, more than any scanned page; it was not opened.</source>
        <translation>%1 claims %2 x %3 pixels, more than any scanned page; it was not opened.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Page %1 of the TIFF file cannot be read.</source>
        <translation>Page %1 of the TIFF file cannot be read.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is not an image format SoHoa reads (PNG, JPEG, TIFF).</source>
        <translation>This is not an image format SoHoa reads (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The image header is damaged.</source>
        <translation>The image header is damaged.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Page %1 of the TIFF file</source>
        <translation>Page %1 of the TIFF file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The image</source>
        <translation>The image</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The JPEG file is truncated (it has no end marker).</source>
        <translation>The JPEG file is truncated (it has no end marker).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is damaged and cannot be decoded.</source>
        <translation>%1 is damaged and cannot be decoded.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is damaged: its pixels do not match its header.</source>
        <translation>%1 is damaged: its pixels do not match its header.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+2" />
        <source>%1 uses a pixel format SoHoa cannot convert.</source>
        <translation>%1 uses a pixel format SoHoa cannot convert.</translation>
    </message>
    <message>
        <location filename="../core/imaging/PageCleanup.cpp" line="+365" />
        <source>There is no image to clean up.</source>
        <translation>There is no image to clean up.</translation>
    </message>
    <message>
        <location line="-98" />
        <source>The page image cannot be converted to grey.</source>
        <translation>The page image cannot be converted to grey.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>The page image cannot be binarised.</source>
        <translation>The page image cannot be binarised.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>The page image cannot be turned.</source>
        <translation>The page image cannot be turned.</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest</name>
    <message>
        <location filename="../core/ingest/BatchIngest.cpp" line="+89" />
        <source>The document has no page to store.</source>
        <translation>The document has no page to store.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OCR was stopped for page(s) %1; their images are kept.</source>
        <translation>OCR was stopped for page(s) %1; their images are kept.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>%1 is already in this batch (document %2); it was not imported again.</source>
        <translation>%1 is already in this batch (document %2); it was not imported again.</translation>
    </message>
    <message>
        <location filename="../core/ingest/DocumentPipeline.cpp" line="+24" />
        <source>The import was cancelled before this document was done.</source>
        <translation>The import was cancelled before this document was done.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Page %1 of this PDF holds hidden text that differs from what the page shows. The values were read from the page image instead; compare them with the page, and ask where the file came from.</source>
        <translation>Page %1 of this PDF holds hidden text that differs from what the page shows. The values were read from the page image instead; compare them with the page, and ask where the file came from.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No OCR engine is available.</source>
        <translation>No OCR engine is available.</translation>
    </message>
    <message>
        <location line="+219" />
        <source>There are no pages.</source>
        <translation>There are no pages.</translation>
    </message>
    <message>
        <location filename="../core/ingest/DocumentCuts.cpp" line="+36" />
        <source>Document %1 has a record that was already verified or decided; its pages can no longer be moved.</source>
        <translation>Document %1 has a record that was already verified or decided; its pages can no longer be moved.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Document %1 was keyed by hand; its pages can no longer be moved.</source>
        <translation>Document %1 was keyed by hand; its pages can no longer be moved.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>A document cannot be merged with itself.</source>
        <translation>A document cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Documents %1 and %2 are in different batches.</source>
        <translation>Documents %1 and %2 are in different batches.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A document with several records cannot be merged.</source>
        <translation>A document with several records cannot be merged.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Document %1 has %2 page(s): it can be split at page 2 to %2.</source>
        <translation>Document %1 has %2 page(s): it can be split at page 2 to %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A document with several records cannot be split.</source>
        <translation>A document with several records cannot be split.</translation>
    </message>
    <message>
        <location filename="../core/ingest/ScanReview.cpp" line="+160" />
        <source>Page %1 could not be turned.</source>
        <translation>Page %1 could not be turned.</translation>
    </message>
    <message>
        <location filename="../core/ingest/ScanSession.cpp" line="+55" />
        <source>%1, sheet %2</source>
        <translation>%1, sheet %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, sheets %2-%3</source>
        <translation>%1, sheets %2-%3</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest::IngestJob</name>
    <message>
        <location filename="../core/ingest/IngestJob.cpp" line="+32" />
        <source>This import has already been started.</source>
        <translation>This import has already been started.</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest::ScanJob</name>
    <message>
        <location filename="../core/ingest/ScanJob.cpp" line="+38" />
        <source>This scan has already been started.</source>
        <translation>This scan has already been started.</translation>
    </message>
</context>
<context>
    <name>sohoa::keying</name>
    <message>
        <location filename="../core/keying/BookLayout.cpp" line="+87" />
        <location line="+48" />
        <source>This book layout does not exist any more.</source>
        <translation>This book layout does not exist any more.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Give the book layout a name.</source>
        <translation>Give the book layout a name.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../core/keying/HandKeying.cpp" line="+31" />
        <source>Unknown record type '%1'.</source>
        <translation>Unknown record type '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A page holds between 1 and 50 entries.</source>
        <translation>A page holds between 1 and 50 entries.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A book layout named '%1' already exists.</source>
        <translation>A book layout named '%1' already exists.</translation>
    </message>
    <message>
        <location filename="../core/keying/HandKeying.cpp" line="+5" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' is not a field of a %2 record.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type at least one field of the entry.</source>
        <translation>Type at least one field of the entry.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Page %1 of this document is not in the store.</source>
        <translation>Page %1 of this document is not in the store.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>You keyed this entry the first time; the second keying must be done by another clerk.</source>
        <translation>You keyed this entry the first time; the second keying must be done by another clerk.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>This entry has not been keyed a second time yet.</source>
        <translation>This entry has not been keyed a second time yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the right value for every field that differs.</source>
        <translation>Choose the right value for every field that differs.</translation>
    </message>
</context>
<context>
    <name>sohoa::layouts</name>
    <message>
        <location filename="../core/layouts/LayoutFile.cpp" line="+47" />
        <source>Not a valid layout file: %1</source>
        <translation>Not a valid layout file: %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>name, type or pages missing</source>
        <translation>name, type or pages missing</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a landmark without text or position</source>
        <translation>a landmark without text or position</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a field without a landmark</source>
        <translation>a field without a landmark</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no fields</source>
        <translation>no fields</translation>
    </message>
    <message>
        <location line="+48" />
        <source>it is not a SoHoa layout</source>
        <translation>it is not a SoHoa layout</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This layout file has format version %1; this SoHoa reads version %2.</source>
        <translation>This layout file has format version %1; this SoHoa reads version %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The layout file was changed after it was written (its checksum does not match): it is refused. Ask for a fresh copy.</source>
        <translation>The layout file was changed after it was written (its checksum does not match): it is refused. Ask for a fresh copy.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>its signature is not an Ed25519 signature</source>
        <translation>its signature is not an Ed25519 signature</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The layout file's signature does not match its content: it was changed after it was signed, or the signature is forged. It is refused. Ask for a fresh copy.</source>
        <translation>The layout file's signature does not match its content: it was changed after it was signed, or the signature is forged. It is refused. Ask for a fresh copy.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../core/layouts/LayoutStore.cpp" line="+312" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../core/layouts/LayoutStore.cpp" line="+14" />
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location filename="../core/layouts/LayoutLearn.cpp" line="+464" />
        <source>Unknown record type: %1</source>
        <translation>Unknown record type: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No text was read on the page to learn from.</source>
        <translation>No text was read on the page to learn from.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Only %1 of the %2 values could be found on the page: too few to learn its layout. Check that the values belong to this page.</source>
        <translation>Only %1 of the %2 values could be found on the page: too few to learn its layout. Check that the values belong to this page.</translation>
    </message>
    <message>
        <location filename="../core/layouts/LayoutStore.cpp" line="-137" />
        <source>The layout "%1" is not signed: nobody vouches for where it comes from. It is refused; an administrator may accept it on purpose.</source>
        <translation>The layout "%1" is not signed: nobody vouches for where it comes from. It is refused; an administrator may accept it on purpose.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The layout "%1" is signed with a key whose fingerprint (%2) is that of a key this office accepted, but the key itself is another one: the file is forged. It is refused.</source>
        <translation>The layout "%1" is signed with a key whose fingerprint (%2) is that of a key this office accepted, but the key itself is another one: the file is forged. It is refused.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The layout "%1" is signed with the key %2, which this office accepted for the office %3, but the file says it comes from the office %4. It is refused; if the sending office really changed, an administrator removes the key from the accepted signers and accepts it again after checking it with that office.</source>
        <translation>The layout "%1" is signed with the key %2, which this office accepted for the office %3, but the file says it comes from the office %4. It is refused; if the sending office really changed, an administrator removes the key from the accepted signers and accepts it again after checking it with that office.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The layout "%1" is signed by %2 with a key this office does not know (%3). It is refused; an administrator who has checked the key with the sending office may accept it.</source>
        <translation>The layout "%1" is signed by %2 with a key this office does not know (%3). It is refused; an administrator who has checked the key with the sending office may accept it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an unnamed account</source>
        <translation>an unnamed account</translation>
    </message>
    <message>
        <location line="+47" />
        <source>No accepted signing key has the fingerprint %1.</source>
        <translation>No accepted signing key has the fingerprint %1.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No layout files (*.sohoa-layout.json) in %1.</source>
        <translation>No layout files (*.sohoa-layout.json) in %1.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Your account has no signing key yet: sign in again, then export.</source>
        <translation>Your account has no signing key yet: sign in again, then export.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>There is no layout %1 in this store.</source>
        <translation>There is no layout %1 in this store.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Only a verified record can teach a form: its values must have been checked.</source>
        <translation>Only a verified record can teach a form: its values must have been checked.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This record was keyed by hand without a scanned document: there is no page to learn the form from.</source>
        <translation>This record was keyed by hand without a scanned document: there is no page to learn the form from.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Give the form a name people will recognise.</source>
        <translation>Give the form a name people will recognise.</translation>
    </message>
</context>
<context>
    <name>sohoa::ocr</name>
    <message>
        <location filename="../core/ocr/SearchablePdf.cpp" line="+80" />
        <source>A page image cannot be read.</source>
        <translation>A page image cannot be read.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A page image cannot be decoded.</source>
        <translation>A page image cannot be decoded.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>A PDF needs at least one page.</source>
        <translation>A PDF needs at least one page.</translation>
    </message>
    <message>
        <location filename="../core/ocr/OcrEngine.cpp" line="+259" />
        <source>The OCR model for '%1' is not installed (%1.traineddata). Install the package tesseract-ocr-vie or set TESSDATA_PREFIX.</source>
        <translation>The OCR model for '%1' is not installed (%1.traineddata). Install the package tesseract-ocr-vie or set TESSDATA_PREFIX.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tesseract could not load the '%1' model from %2.</source>
        <translation>Tesseract could not load the '%1' model from %2.</translation>
    </message>
    <message>
        <location line="+70" />
        <location line="+11" />
        <location line="+42" />
        <location line="+53" />
        <source>OCR was cancelled.</source>
        <translation>OCR was cancelled.</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Tesseract could not read this page.</source>
        <translation>Tesseract could not read this page.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The page's geometry cannot be mapped back.</source>
        <translation>The page's geometry cannot be mapped back.</translation>
    </message>
</context>
<context>
    <name>sohoa::records</name>
    <message>
        <location filename="../core/records/RecordRepository.cpp" line="+188" />
        <location line="+48" />
        <source>There is no record %1.</source>
        <translation>There is no record %1.</translation>
    </message>
    <message>
        <location filename="../core/records/RecordType.cpp" line="+53" />
        <source>Invalid record type definition: %1</source>
        <translation>Invalid record type definition: %1</translation>
    </message>
</context>
<context>
    <name>sohoa::registry</name>
    <message>
        <location filename="../server/registry/DemoCertificates.cpp" line="+24" />
        <source>The 'openssl' program is needed to make demonstration certificates; install it or give --tls-cert and --tls-key.</source>
        <translation>The 'openssl' program is needed to make demonstration certificates; install it or give --tls-cert and --tls-key.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>openssl failed: %1</source>
        <translation>openssl failed: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../server/RegistryCommands.cpp" line="+198" />
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location line="+31" />
        <location filename="../server/RegistryCommands.cpp" line="+10" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryRecords.cpp" line="+84" />
        <source>The registry requires the field '%1' for a %2 record.</source>
        <translation>The registry requires the field '%1' for a %2 record.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field '%1' is not text.</source>
        <translation>The field '%1' is not text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is not a date (YYYY-MM-DD).</source>
        <translation>'%1' is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a personal identification number (12 digits).</source>
        <translation>'%1' is not a personal identification number (12 digits).</translation>
    </message>
    <message>
        <location line="+133" />
        <source>This record key was already used for different content.</source>
        <translation>This record key was already used for different content.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The %1 registry does not hold records of type '%2'.</source>
        <translation>The %1 registry does not hold records of type '%2'.</translation>
    </message>
    <message>
        <location line="-175" />
        <source>The registry already holds this event (%1) with different content.</source>
        <translation>The registry already holds this event (%1) with different content.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The personal identification number %1 belongs to another person in the registry (record %2).</source>
        <translation>The personal identification number %1 belongs to another person in the registry (record %2).</translation>
    </message>
    <message>
        <location line="+187" />
        <source>The request names no batch key.</source>
        <translation>The request names no batch key.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send 1 to %1 records per request.</source>
        <translation>Send 1 to %1 records per request.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every record needs its own key (1 to 128 characters).</source>
        <translation>Every record needs its own key (1 to 128 characters).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 needs a type, fields and a list of pages.</source>
        <translation>Record %1 needs a type, fields and a list of pages.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>A page of record %1 has no valid hash.</source>
        <translation>A page of record %1 has no valid hash.</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n page image(s) cited by these records are not (completely) uploaded.</source>
        <translation>
            <numerusform>%n page image(s) cited by these records are not (completely) uploaded.</numerusform>
            <numerusform>%n page image(s) cited by these records are not (completely) uploaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryStore.cpp" line="+204" />
        <source>No registry data in %1 (registry.json is missing). Create it with 'serve-registry init'.</source>
        <translation>No registry data in %1 (registry.json is missing). Create it with 'serve-registry init'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a SoHoa registry file.</source>
        <translation>%1 is not a SoHoa registry file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is damaged.</source>
        <translation>%1 is damaged.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The registry passphrase must have at least 12 characters.</source>
        <translation>The registry passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 already holds a registry.</source>
        <translation>%1 already holds a registry.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../server/RegistryCommands.cpp" line="+233" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The registry key does not open %1 (wrong passphrase or key file).</source>
        <translation>The registry key does not open %1 (wrong passphrase or key file).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The registry data in %1 has schema %2; this program knows %3.</source>
        <translation>The registry data in %1 has schema %2; this program knows %3.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The registry's keys are missing.</source>
        <translation>The registry's keys are missing.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryEnrolment.cpp" line="+58" />
        <source>Name the office the code is for.</source>
        <translation>Name the office the code is for.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The device's public keys are missing or malformed.</source>
        <translation>The device's public keys are missing or malformed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The enrolment request is not signed by the key it presents.</source>
        <translation>The enrolment request is not signed by the key it presents.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This enrolment code is unknown, expired or already used. Ask the registry administrator for a new one.</source>
        <translation>This enrolment code is unknown, expired or already used. Ask the registry administrator for a new one.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>This device key is already enrolled.</source>
        <translation>This device key is already enrolled.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../server/registry/RegistryOffice.cpp" line="+217" />
        <source>The roster must be a list.</source>
        <translation>The roster must be a list.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The device '%1' is not enrolled with this registry.</source>
        <translation>The device '%1' is not enrolled with this registry.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryInspection.cpp" line="+104" />
        <source>The registry holds no image %1.</source>
        <translation>The registry holds no image %1.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryOffice.cpp" line="-143" />
        <source>Since %1 the registry takes nothing from this device: %2</source>
        <translation>Since %1 the registry takes nothing from this device: %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The audit trail head is malformed.</source>
        <translation>The audit trail head is malformed.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>An audit trail checkpoint is malformed.</source>
        <translation>An audit trail checkpoint is malformed.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>entry %1 of the office's audit trail is no longer the one it showed the registry on %2: the history was rewritten</source>
        <translation>entry %1 of the office's audit trail is no longer the one it showed the registry on %2: the history was rewritten</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the office's audit trail no longer shows entry %1 that it showed the registry on %2</source>
        <translation>the office's audit trail no longer shows entry %1 that it showed the registry on %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the office's audit trail ends at entry %1, before entry %2 that it showed the registry on %3</source>
        <translation>the office's audit trail ends at entry %1, before entry %2 that it showed the registry on %3</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryPackages.cpp" line="+190" />
        <source>The package names device '%1', which is not enrolled with this registry. It was refused.</source>
        <translation>The package names device '%1', which is not enrolled with this registry. It was refused.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device '%1' was revoked; its packages are refused.</source>
        <translation>The device '%1' was revoked; its packages are refused.</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Another device used this package id.</source>
        <translation>Another device used this package id.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>The manifest names another package.</source>
        <translation>The manifest names another package.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>The manifest must come first.</source>
        <translation>The manifest must come first.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 does not match the package manifest.</source>
        <translation>%1 does not match the package manifest.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Files listed in the manifest are missing.</source>
        <translation>Files listed in the manifest are missing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The manifest names no batch.</source>
        <translation>The manifest names no batch.</translation>
    </message>
    <message>
        <location line="-63" />
        <source>A page image cited by record %1 is not in the package.</source>
        <translation>A page image cited by record %1 is not in the package.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryUploads.cpp" line="+33" />
        <source>Ask about at most %1 keys at a time.</source>
        <translation>Ask about at most %1 keys at a time.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>This image was begun with another length.</source>
        <translation>This image was begun with another length.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The registry holds %1 of %2 bytes of this image; continue from there.</source>
        <translation>The registry holds %1 of %2 bytes of this image; continue from there.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This device's storage at the registry is full (%1 of %2 bytes); ask the registry's administrator.</source>
        <translation>This device's storage at the registry is full (%1 of %2 bytes); ask the registry's administrator.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The uploaded image does not match its hash; it was discarded. Send it again.</source>
        <translation>The uploaded image does not match its hash; it was discarded. Send it again.</translation>
    </message>
    <message>
        <location filename="../server/registry/RequestFramer.cpp" line="+137" />
        <source>Request headers too large.</source>
        <translation>Request headers too large.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+9" />
        <source>The request's head has a line break that is not CR LF.</source>
        <translation>The request's head has a line break that is not CR LF.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request's head contains control characters.</source>
        <translation>The request's head contains control characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folded or indented header lines are not accepted.</source>
        <translation>Folded or indented header lines are not accepted.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+7" />
        <source>The request line is not METHOD TARGET HTTP/1.1.</source>
        <translation>The request line is not METHOD TARGET HTTP/1.1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The registry does not implement this method.</source>
        <translation>The registry does not implement this method.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A header line is not NAME: VALUE.</source>
        <translation>A header line is not NAME: VALUE.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request has more than one Content-Length.</source>
        <translation>The request has more than one Content-Length.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>The Content-Length is not a number of bytes.</source>
        <translation>The Content-Length is not a number of bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request body (%1 bytes) exceeds the limit of %2 bytes.</source>
        <translation>The request body (%1 bytes) exceeds the limit of %2 bytes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Send a Content-Length; chunked bodies are not accepted.</source>
        <translation>Send a Content-Length; chunked bodies are not accepted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The registry does not switch protocols.</source>
        <translation>The registry does not switch protocols.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryServer.cpp" line="+140" />
        <location line="+6" />
        <source>The request did not arrive in time.</source>
        <translation>The request did not arrive in time.</translation>
    </message>
    <message>
        <location line="+272" />
        <source>The JSON body is larger than %1 bytes.</source>
        <translation>The JSON body is larger than %1 bytes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsupported schema version '%1'; this registry speaks %2.</source>
        <translation>Unsupported schema version '%1'; this registry speaks %2.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The request is not signed (Sohoa-Device, -Timestamp, -Nonce and -Signature headers).</source>
        <translation>The request is not signed (Sohoa-Device, -Timestamp, -Nonce and -Signature headers).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This device was revoked by the registry administrator.</source>
        <translation>This device was revoked by the registry administrator.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request's signature is not valid.</source>
        <translation>The request's signature is not valid.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device's clock differs from the registry's by %1 seconds; set it right.</source>
        <translation>The device's clock differs from the registry's by %1 seconds; set it right.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The request was signed before the registry started; sign it again.</source>
        <translation>The request was signed before the registry started; sign it again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This request was already received (replay).</source>
        <translation>This request was already received (replay).</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+68" />
        <source>Too many requests from this device; wait %1 s.</source>
        <translation>Too many requests from this device; wait %1 s.</translation>
    </message>
    <message>
        <location line="-62" />
        <location filename="../server/registry/RequestFramer.cpp" line="+9" />
        <source>The registry is receiving too much at once; try again shortly.</source>
        <translation>The registry is receiving too much at once; try again shortly.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+27" />
        <location line="+11" />
        <location line="+11" />
        <location line="+18" />
        <source>Use POST.</source>
        <translation>Use POST.</translation>
    </message>
    <message>
        <location line="-53" />
        <source>No such endpoint: %1</source>
        <translation>No such endpoint: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>Cannot read the TLS certificate or key (%1, %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The TLS certificate or private key is not valid PEM (EC or RSA).</source>
        <translation>The TLS certificate or private key is not valid PEM (EC or RSA).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../server/RegistryCommands.cpp" line="-400" />
        <source>The registry's data folder.</source>
        <translation>The registry's data folder.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File whose first line is the passphrase that encrypts the registry's data (or SOHOA_REGISTRY_KEY). Without it, a folder made by 'serve-registry' in demonstration mode uses its own DIR/registry.key.</source>
        <translation>File whose first line is the passphrase that encrypts the registry's data (or SOHOA_REGISTRY_KEY). Without it, a folder made by 'serve-registry' in demonstration mode uses its own DIR/registry.key.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+90" />
        <location line="+2" />
        <location line="+283" />
        <location line="+2" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-364" />
        <location line="+3" />
        <location line="+42" />
        <source>registry passphrase</source>
        <translation>registry passphrase</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Give the registry passphrase with --key-file FILE or SOHOA_REGISTRY_KEY.</source>
        <translation>Give the registry passphrase with --key-file FILE or SOHOA_REGISTRY_KEY.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the registry's data folder with --data DIR.</source>
        <translation>Give the registry's data folder with --data DIR.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Create the reference registry's encrypted data folder with fresh keys.</source>
        <translation>Create the reference registry's encrypted data folder with fresh keys.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The registry's name shown to offices.</source>
        <translation>The registry's name shown to offices.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+59" />
        <location line="+242" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-299" />
        <source>Passphrase hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Passphrase hashing cost: interactive, moderate (default) or sensitive.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location line="+6" />
        <source>serve-registry init needs --data DIR and --key-file FILE.</source>
        <translation>serve-registry init needs --data DIR and --key-file FILE.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Registry data created in %1.
</source>
        <translation>Registry data created in %1.
</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Run the reference national registry (civil-status and land endpoints) over HTTPS, for tests and demonstrations. Its data folder is encrypted (SQLCipher). A folder that does not exist yet is created: with --key-file the passphrase comes from that file; without it a random passphrase is written to DIR/registry.key (demonstration mode: the key then sits beside the data). Without --tls-cert/--tls-key a demonstration CA and certificate are made in DIR/tls with openssl; offices pin DIR/tls/ca.pem. Stops on SIGTERM or Ctrl+C.

Other commands: serve-registry init, enrol-code, import, stats, records, devices, revoke-device, accept-history.</source>
        <translation>Run the reference national registry (civil-status and land endpoints) over HTTPS, for tests and demonstrations. Its data folder is encrypted (SQLCipher). A folder that does not exist yet is created: with --key-file the passphrase comes from that file; without it a random passphrase is written to DIR/registry.key (demonstration mode: the key then sits beside the data). Without --tls-cert/--tls-key a demonstration CA and certificate are made in DIR/tls with openssl; offices pin DIR/tls/ca.pem. Stops on SIGTERM or Ctrl+C.

Other commands: serve-registry init, enrol-code, import, stats, records, devices, revoke-device, accept-history.</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Address and port to listen on (port 0: any free port).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM certificate (chain) of the server.</source>
        <translation>PEM certificate (chain) of the server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PEM private key of the server.</source>
        <translation>PEM private key of the server.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requests per second allowed per device (0: no limit).</source>
        <translation>Requests per second allowed per device (0: no limit).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+8" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Requests a device may send at once above the rate.</source>
        <translation>Requests a device may send at once above the rate.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Largest request body accepted, in bytes.</source>
        <translation>Largest request body accepted, in bytes.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <location line="+3" />
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location line="-20" />
        <source>The registry's name (for a new data folder).</source>
        <translation>The registry's name (for a new data folder).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log one line per request on stderr (no personal data).</source>
        <translation>Log one line per request on stderr (no personal data).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connections open at once; more are closed.</source>
        <translation>Connections open at once; more are closed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Time allowed for the TLS handshake and for each request's head, in milliseconds.</source>
        <translation>Time allowed for the TLS handshake and for each request's head, in milliseconds.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="-1" />
        <source>A connection without traffic for this long is closed, in milliseconds.</source>
        <translation>A connection without traffic for this long is closed, in milliseconds.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request bodies announced and not yet received on all connections together, in bytes.</source>
        <translation>Request bodies announced and not yet received on all connections together, in bytes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Page-image bytes the registry stores for one device.</source>
        <translation>Page-image bytes the registry stores for one device.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Uploads not finished after this many hours are deleted.</source>
        <translation>Uploads not finished after this many hours are deleted.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+222" />
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <location line="-134" />
        <source>serve-registry needs --data DIR.</source>
        <translation>serve-registry needs --data DIR.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--listen needs HOST:PORT with an IP address or localhost, e.g. 127.0.0.1:8443.</source>
        <translation>--listen needs HOST:PORT with an IP address or localhost, e.g. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Demonstration mode: the registry's passphrase was written to %1, beside the data. A real registry keeps it elsewhere (--key-file on another medium).
</source>
        <translation>Demonstration mode: the registry's passphrase was written to %1, beside the data. A real registry keeps it elsewhere (--key-file on another medium).
</translation>
    </message>
    <message>
        <location line="+102" />
        <source>SoHoa reference registry listening on %1
</source>
        <translation>SoHoa reference registry listening on %1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offices pin the CA certificate %1
</source>
        <translation>Offices pin the CA certificate %1
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registry stopped after %1 requests.
</source>
        <translation>Registry stopped after %1 requests.
</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Issue a one-time enrolment code for an office's device. Give it to the office; its administrator runs 'sohoa-cli sync enrol' with it.</source>
        <translation>Issue a one-time enrolment code for an office's device. Give it to the office; its administrator runs 'sohoa-cli sync enrol' with it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office (commune) the code is for.</source>
        <translation>The office (commune) the code is for.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How long the code can be used.</source>
        <translation>How long the code can be used.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>serve-registry enrol-code needs --office NAME.</source>
        <translation>serve-registry enrol-code needs --office NAME.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Import an office's offline package (from removable media) and write the signed receipt to carry back. Importing the same package again writes the same receipt and changes nothing.</source>
        <translation>Import an office's offline package (from removable media) and write the signed receipt to carry back. Importing the same package again writes the same receipt and changes nothing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The package file.</source>
        <translation>The package file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where to write the receipt.</source>
        <translation>Where to write the receipt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>serve-registry import needs --package FILE and --receipt-out FILE.</source>
        <translation>serve-registry import needs --package FILE and --receipt-out FILE.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Receipt written to %1.
</source>
        <translation>Receipt written to %1.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Counts of the registry: devices, records, answers, and how often something was received twice (deduplicated).</source>
        <translation>Counts of the registry: devices, records, answers, and how often something was received twice (deduplicated).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>List the records the registry holds (JSON Lines with --json).</source>
        <translation>List the records the registry holds (JSON Lines with --json).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>List the enrolled devices.</source>
        <translation>List the enrolled devices.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>  (revoked)</source>
        <translation>  (revoked)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Revoke a device: its requests and packages are refused from now on.</source>
        <translation>Revoke a device: its requests and packages are refused from now on.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>The device id.</source>
        <translation>The device id.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve-registry revoke-device needs --device ID.</source>
        <translation>serve-registry revoke-device needs --device ID.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device %1 revoked.
</source>
        <translation>Device %1 revoked.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Accept a device's audit trail after the registry refused it as rewritten, once the office has explained why (for example a store restored from a backup): the heads it anchored are forgotten and its next sync anchors afresh.</source>
        <translation>Accept a device's audit trail after the registry refused it as rewritten, once the office has explained why (for example a store restored from a backup): the heads it anchored are forgotten and its next sync anchors afresh.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve-registry accept-history needs --device ID.</source>
        <translation>serve-registry accept-history needs --device ID.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Device %1: its audit trail will be anchored afresh at its next sync.
</source>
        <translation>Device %1: its audit trail will be anchored afresh at its next sync.
</translation>
    </message>
</context>
<context>
    <name>sohoa::render</name>
    <message>
        <location filename="../testing/render/FormRenderer.cpp" line="+517" />
        <source>The form of %1 has no layout %2.</source>
        <translation>The form of %1 has no layout %2.</translation>
    </message>
    <message>
        <location line="+251" />
        <source>Resolution %1 dpi is out of range.</source>
        <translation>Resolution %1 dpi is out of range.</translation>
    </message>
</context>
<context>
    <name>sohoa::search</name>
    <message>
        <location filename="../core/search/Duplicates.cpp" line="+240" />
        <source>Probably the same person and event as record %1 (%2% alike).</source>
        <translation>Probably the same person and event as record %1 (%2% alike).</translation>
    </message>
</context>
<context>
    <name>sohoa::store</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+68" />
        <source>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</source>
        <translation>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file is not a SoHoa store, its header is damaged, or the key is wrong.</source>
        <translation>This file is not a SoHoa store, its header is damaged, or the key is wrong.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store is damaged (%1). Restore it from the latest backup.</source>
        <translation>The store is damaged (%1). Restore it from the latest backup.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store file cannot be opened or created (%1). Check the folder exists and is writable.</source>
        <translation>The store file cannot be opened or created (%1). Check the folder exists and is writable.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store cannot be written (%1). Check the folder's permissions.</source>
        <translation>The store cannot be written (%1). Check the folder's permissions.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store is busy in another program; try again in a moment.</source>
        <translation>The store is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location line="+71" />
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
        <location line="+34" />
        <source>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</source>
        <translation>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</translation>
    </message>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+39" />
        <source>The store's key file is damaged (%1). Restore the store folder from a backup.</source>
        <translation>The store's key file is damaged (%1). Restore the store folder from a backup.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+285" />
        <source>Could not save the key file %1 (%2); the previous one is unchanged.</source>
        <translation>Could not save the key file %1 (%2); the previous one is unchanged.</translation>
    </message>
    <message>
        <location line="-225" />
        <source>Could not replace %1.</source>
        <translation>Could not replace %1.</translation>
    </message>
    <message>
        <location line="+110" />
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
        <location line="+5" />
        <source>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</source>
        <translation>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>store identity missing</source>
        <translation>store identity missing</translation>
    </message>
    <message>
        <location line="+32" />
        <source>a key slot is incomplete</source>
        <translation>a key slot is incomplete</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The store's key file was changed by a program other than SoHoa; nothing was changed. Restore the store folder from a backup.</source>
        <translation>The store's key file was changed by a program other than SoHoa; nothing was changed. Restore the store folder from a backup.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+3" />
        <source>a signing key is damaged</source>
        <translation>a signing key is damaged</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+50" />
        <source>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</source>
        <translation>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Upgrading the store to schema %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../core/store/StoreUseLock.cpp" line="+15" />
        <source>The store is open in another SoHoa window or program. Close it there first, then try again.</source>
        <translation>The store is open in another SoHoa window or program. Close it there first, then try again.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::sync</name>
    <message>
        <location filename="../core/sync/Device.cpp" line="+34" />
        <source>This office is not enrolled with a registry yet. An administrator runs 'sohoa-cli sync enrol --server URL --code CODE --ca FILE' with the code from the registry.</source>
        <translation>This office is not enrolled with a registry yet. An administrator runs 'sohoa-cli sync enrol --server URL --code CODE --ca FILE' with the code from the registry.</translation>
    </message>
    <message>
        <location filename="../core/sync/Enrolment.cpp" line="+26" />
        <location filename="../core/sync/SyncEngine.cpp" line="+664" />
        <source>The registry address must be an https:// URL (got '%1').</source>
        <translation>The registry address must be an https:// URL (got '%1').</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the enrolment code from the registry.</source>
        <translation>Give the enrolment code from the registry.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Enrolment failed: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The registry's enrolment answer is incomplete.</source>
        <translation>The registry's enrolment answer is incomplete.</translation>
    </message>
    <message>
        <location filename="../core/sync/OfflinePackages.cpp" line="+90" />
        <source>No approved record of batch '%1' is waiting to be sent (accepted, answered, or already in a package: see the outbox).</source>
        <translation>No approved record of batch '%1' is waiting to be sent (accepted, answered, or already in a package: see the outbox).</translation>
    </message>
    <message>
        <location line="+89" />
        <source>In package %1 (%2), written %3; waiting for the registry's receipt.</source>
        <translation>In package %1 (%2), written %3; waiting for the registry's receipt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n record(s) in package %1.</source>
        <translation>
            <numerusform>Exported %n record(s) in package %1.</numerusform>
            <numerusform>Exported %n record(s) in package %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../core/sync/Package.cpp" line="+222" />
        <location line="+33" />
        <location line="+57" />
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is too large to be a receipt.</source>
        <translation>%1 is too large to be a receipt.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The registry's receipt for package %1 has no answer for this record; retry it online or in a new package.</source>
        <translation>The registry's receipt for package %1 has no answer for this record; retry it online or in a new package.</translation>
    </message>
    <message>
        <location filename="../core/sync/OutboxJournal.cpp" line="+31" />
        <source>land registry</source>
        <translation>land registry</translation>
    </message>
    <message>
        <location line="+0" />
        <source>civil-status registry</source>
        <translation>civil-status registry</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Accepted: the %1 already held this event identically as %2.</source>
        <translation>Accepted: the %1 already held this event identically as %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted by the %1 as %2.</source>
        <translation>Accepted by the %1 as %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflict: the %1 holds a different version of this event (%2). Compare both versions and decide.</source>
        <translation>Conflict: the %1 holds a different version of this event (%2). Compare both versions and decide.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rejected by the %1: %2 (%3).</source>
        <translation>Rejected by the %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+217" />
        <source>Waiting to be sent.</source>
        <translation>Waiting to be sent.</translation>
    </message>
    <message>
        <location line="-216" />
        <source>No national registry takes records of type '%1'.</source>
        <translation>No national registry takes records of type '%1'.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The last sync was interrupted while this record was being sent; the registry will be asked whether it arrived before anything is sent again.</source>
        <translation>The last sync was interrupted while this record was being sent; the registry will be asked whether it arrived before anything is sent again.</translation>
    </message>
    <message>
        <location line="+179" />
        <location filename="../core/sync/SyncEngine.cpp" line="-229" />
        <source>Sending to the registry.</source>
        <translation>Sending to the registry.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The registry gave an answer this version of SoHoa does not know ('%1').</source>
        <translation>The registry gave an answer this version of SoHoa does not know ('%1').</translation>
    </message>
    <message>
        <location line="+123" />
        <location filename="../core/sync/SyncRound.cpp" line="+60" />
        <source>No page image with hash %1.</source>
        <translation>No page image with hash %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The stored page image %1 no longer matches its hash.</source>
        <translation>The stored page image %1 no longer matches its hash.</translation>
    </message>
    <message>
        <location filename="../core/sync/Outbox.cpp" line="+122" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected by the registry</source>
        <translation>Rejected by the registry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conflict with the registry</source>
        <translation>Conflict with the registry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed, will retry</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+171" />
        <source>Queued again by %1.</source>
        <translation>Queued again by %1.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Say why the record is taken out of the outbox.</source>
        <translation>Say why the record is taken out of the outbox.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Record %1 is not in the outbox.</source>
        <translation>Record %1 is not in the outbox.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 may already be at the registry (%2); run a sync or import the receipt to learn its answer first.</source>
        <translation>Record %1 may already be at the registry (%2); run a sync or import the receipt to learn its answer first.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Record %1 was not rejected by the registry and has no conflict.</source>
        <translation>Record %1 was not rejected by the registry and has no conflict.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registry: %1 [%2]</source>
        <translation>Registry: %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/sync/Package.cpp" line="-278" />
        <source>The package is damaged or incomplete (%1). Copy it again from the office.</source>
        <translation>The package is damaged or incomplete (%1). Copy it again from the office.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+198" />
        <location line="+12" />
        <source>the file ends too early</source>
        <translation>the file ends too early</translation>
    </message>
    <message>
        <location line="-176" />
        <source>This file is not a SoHoa package.</source>
        <translation>This file is not a SoHoa package.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This package was written by a newer SoHoa (format version %1).</source>
        <translation>This package was written by a newer SoHoa (format version %1).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>header incomplete</source>
        <translation>header incomplete</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The registry's package key is missing: enrol this device with the registry first.</source>
        <translation>The registry's package key is missing: enrol this device with the registry first.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Writing the package failed (%1). Is the medium full or removed?</source>
        <translation>Writing the package failed (%1). Is the medium full or removed?</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 is too large for a package.</source>
        <translation>%1 is too large for a package.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Writing the package failed (%1).</source>
        <translation>Writing the package failed (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saving the package failed (%1). Is the medium full or removed?</source>
        <translation>Saving the package failed (%1). Is the medium full or removed?</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is not a SoHoa package.</source>
        <translation>%1 is not a SoHoa package.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>read error</source>
        <translation>read error</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the signature is missing</source>
        <translation>the signature is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The package's signature does not match the device that it names: it was changed after it was written, or it is not from that device. It was refused.</source>
        <translation>The package's signature does not match the device that it names: it was changed after it was written, or it is not from that device. It was refused.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file changed while it was read</source>
        <translation>the file changed while it was read</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This package was sealed for another registry key.</source>
        <translation>This package was sealed for another registry key.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This package cannot be opened with this registry's key.</source>
        <translation>This package cannot be opened with this registry's key.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>bad stream header</source>
        <translation>bad stream header</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the end of the content is missing</source>
        <translation>the end of the content is missing</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bad frame length</source>
        <translation>bad frame length</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a block fails its authentication</source>
        <translation>a block fails its authentication</translation>
    </message>
    <message>
        <location line="+5" />
        <source>misplaced end block</source>
        <translation>misplaced end block</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an entry is incomplete</source>
        <translation>an entry is incomplete</translation>
    </message>
    <message>
        <location line="+7" />
        <source>bad entry header</source>
        <translation>bad entry header</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unexpected data block</source>
        <translation>unexpected data block</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the last entry is incomplete</source>
        <translation>the last entry is incomplete</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown block</source>
        <translation>unknown block</translation>
    </message>
    <message>
        <location line="+11" />
        <source>entry count mismatch</source>
        <translation>entry count mismatch</translation>
    </message>
    <message>
        <location line="+5" />
        <source>extra bytes after the content</source>
        <translation>extra bytes after the content</translation>
    </message>
    <message>
        <location filename="../core/sync/Protocol.cpp" line="+174" />
        <source>Malformed upload bundle: %1</source>
        <translation>Malformed upload bundle: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unsupported schema version '%1'.</source>
        <translation>Unsupported schema version '%1'.</translation>
    </message>
    <message>
        <location filename="../core/sync/Receipt.cpp" line="+23" />
        <source>The receipt is damaged or incomplete (%1). Ask the registry for a new copy.</source>
        <translation>The receipt is damaged or incomplete (%1). Ask the registry for a new copy.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This file is not a SoHoa receipt.</source>
        <translation>This file is not a SoHoa receipt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../core/sync/Package.cpp" line="-147" />
        <location filename="../core/sync/Receipt.cpp" line="+7" />
        <source>bad header length</source>
        <translation>bad header length</translation>
    </message>
    <message>
        <location filename="../core/sync/Receipt.cpp" line="+8" />
        <source>bad length</source>
        <translation>bad length</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file is not a SoHoa receipt of a known version.</source>
        <translation>This file is not a SoHoa receipt of a known version.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt is not signed by the registry this device is enrolled with, or it was changed. It was refused.</source>
        <translation>The receipt is not signed by the registry this device is enrolled with, or it was changed. It was refused.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This receipt is for another device (%1), not this office's (%2). It was refused.</source>
        <translation>This receipt is for another device (%1), not this office's (%2). It was refused.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt cannot be opened with this device's key.</source>
        <translation>The receipt cannot be opened with this device's key.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>header and content disagree</source>
        <translation>header and content disagree</translation>
    </message>
    <message>
        <location filename="../core/sync/RegistryClient.cpp" line="+61" />
        <source>The registry answered HTTP %1.</source>
        <translation>The registry answered HTTP %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The registry certificate file holds no PEM certificate.</source>
        <translation>The registry certificate file holds no PEM certificate.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The registry did not answer within %1 s.</source>
        <translation>The registry did not answer within %1 s.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The registry's TLS certificate is not the one pinned at enrolment, or the connection was tampered with (%1). Nothing was sent.</source>
        <translation>The registry's TLS certificate is not the one pinned at enrolment, or the connection was tampered with (%1). Nothing was sent.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No answer from the registry: %1</source>
        <translation>No answer from the registry: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The registry closed the connection before answering.</source>
        <translation>The registry closed the connection before answering.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The registry's answer is too large.</source>
        <translation>The registry's answer is too large.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The registry answered in a form this client does not read.</source>
        <translation>The registry answered in a form this client does not read.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The registry's answer has no length.</source>
        <translation>The registry's answer has no length.</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+25" />
        <location line="+44" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-374" />
        <source>The registry does not accept this device any more: ask the registry for a new enrolment code and enrol again, then retry.</source>
        <translation>The registry does not accept this device any more: ask the registry for a new enrolment code and enrol again, then retry.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check that the registry address is right; if the registry changed its certificate, enrol again with the new one.</source>
        <translation>Check that the registry address is right; if the registry changed its certificate, enrol again with the new one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This device's key does not match the registry's record of it: enrol again.</source>
        <translation>This device's key does not match the registry's record of it: enrol again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This office's audit trail differs from what it showed the registry before: it was changed outside SoHoa. Nothing is sent until an administrator has checked the audit trail with the registry.</source>
        <translation>This office's audit trail differs from what it showed the registry before: it was changed outside SoHoa. Nothing is sent until an administrator has checked the audit trail with the registry.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The office's list of accounts and keys does not match the one the registry holds. An administrator must check the accounts before anything is sent.</source>
        <translation>The office's list of accounts and keys does not match the one the registry holds. An administrator must check the accounts before anything is sent.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report this to the registry's support with the code shown.</source>
        <translation>Report this to the registry's support with the code shown.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>%1 The clock difference was corrected; sending again.</source>
        <translation>%1 The clock difference was corrected; sending again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 Set this computer's date and time right.</source>
        <translation>%1 Set this computer's date and time right.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The sync was stopped before the registry answered.</source>
        <translation>The sync was stopped before the registry answered.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The registry refused the request: %1 %2</source>
        <translation>The registry refused the request: %1 %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 Will retry automatically (attempt %2).</source>
        <translation>%1 Will retry automatically (attempt %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>Asking the registry about %n record(s) whose delivery is uncertain.</source>
        <translation>
            <numerusform>Asking the registry about %n record(s) whose delivery is uncertain.</numerusform>
            <numerusform>Asking the registry about %n record(s) whose delivery is uncertain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+159" />
        <source>Sending %n record(s).</source>
        <translation>
            <numerusform>Sending %n record(s).</numerusform>
            <numerusform>Sending %n record(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72" />
        <source>The registry's reply had no answer for this record.</source>
        <translation>The registry's reply had no answer for this record.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n answer(s) received.</source>
        <translation>
            <numerusform>%n answer(s) received.</numerusform>
            <numerusform>%n answer(s) received.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 accepted, %2 rejected, %3 conflicts so far.</source>
        <translation>%1 accepted, %2 rejected, %3 conflicts so far.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sending the office's roster and audit trail head to the registry.</source>
        <translation>Sending the office's roster and audit trail head to the registry.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The registry refused this office's state: %1 %2</source>
        <translation>The registry refused this office's state: %1 %2</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The registry asked to wait until %1.</source>
        <translation>The registry asked to wait until %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Waiting to retry at %1.</source>
        <translation>Waiting to retry at %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/Approvals.cpp" line="+129" />
        <source>'%1' has more statements waiting to be sent than a roster row can list; send them to the registry first.</source>
        <translation>'%1' has more statements waiting to be sent than a roster row can list; send them to the registry first.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>The office's roster is malformed.</source>
        <translation>The office's roster is malformed.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The office sent an empty roster.</source>
        <translation>The office sent an empty roster.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's roster does not hold: %1</source>
        <translation>The office's roster does not hold: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The office's roster has another root administrator than the one registered at enrolment.</source>
        <translation>The office's roster has another root administrator than the one registered at enrolment.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's roster lost rows the registry holds.</source>
        <translation>The office's roster lost rows the registry holds.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The office's roster changed the row of '%1' that the registry holds.</source>
        <translation>The office's roster changed the row of '%1' that the registry holds.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The registry has no roster of this office's accounts, so it cannot check who approved the record. Sync again from an up-to-date SoHoa.</source>
        <translation>The registry has no roster of this office's accounts, so it cannot check who approved the record. Sync again from an up-to-date SoHoa.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The statement of '%1' is in a format this registry does not know.</source>
        <translation>The statement of '%1' is in a format this registry does not know.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The statement of '%1' does not say when it was made.</source>
        <translation>The statement of '%1' does not say when it was made.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The record is signed by '%1', who is not in the office's roster.</source>
        <translation>The record is signed by '%1', who is not in the office's roster.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The statement of '%1' was made after the account was disabled, or cannot show it was made before.</source>
        <translation>The statement of '%1' was made after the account was disabled, or cannot show it was made before.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' may not confirm records.</source>
        <translation>'%1' may not confirm records.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'%1' may not approve records.</source>
        <translation>'%1' may not approve records.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The signature of '%1' does not match this record's content and page images.</source>
        <translation>The signature of '%1' does not match this record's content and page images.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The statement of '%1' is dated before the account was disabled, but it was not among the account's statements waiting to be sent when it was disabled.</source>
        <translation>The statement of '%1' is dated before the account was disabled, but it was not among the account's statements waiting to be sent when it was disabled.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The record lacks the signed confirmation of a clerk or the signed approval of a supervisor.</source>
        <translation>The record lacks the signed confirmation of a clerk or the signed approval of a supervisor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was confirmed and approved by the same account.</source>
        <translation>The record was confirmed and approved by the same account.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The approval of '%1' claims to come before the confirmation it approves.</source>
        <translation>The approval of '%1' claims to come before the confirmation it approves.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>The registry did not answer: %1</source>
        <translation>The registry did not answer: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the registry anchored entry %1 on %2, but the audit trail here ends before it</source>
        <translation>the registry anchored entry %1 on %2, but the audit trail here ends before it</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 is not the one the registry anchored on %2: the history was rewritten</source>
        <translation>entry %1 is not the one the registry anchored on %2: the history was rewritten</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRound.cpp" line="+52" />
        <source>The registry's reply had no answer for a page image.</source>
        <translation>The registry's reply had no answer for a page image.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The registry does not take the rest of a page image.</source>
        <translation>The registry does not take the rest of a page image.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui</name>
    <message>
        <location filename="../ui/common/Labels.cpp" line="+16" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR running</source>
        <translation>OCR running</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR failed</source>
        <translation>OCR failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unknown type</source>
        <translation>Unknown type</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Required field missing</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invalid date</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date in the future</source>
        <translation>Date in the future</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates out of order</source>
        <translation>Dates out of order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID format</source>
        <translation>Personal ID format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID province code</source>
        <translation>Personal ID province code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID century/sex digit</source>
        <translation>Personal ID century/sex digit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID birth year</source>
        <translation>Personal ID birth year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Under marriage age</source>
        <translation>Under marriage age</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land-use purpose code</source>
        <translation>Land-use purpose code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land area</source>
        <translation>Land area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown administrative unit</source>
        <translation>Unknown administrative unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-2025 administrative unit</source>
        <translation>Pre-2025 administrative unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legacy text encoding</source>
        <translation>Legacy text encoding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code not in its list</source>
        <translation>Code not in its list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a number</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date in words disagrees</source>
        <translation>Date in words disagrees</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location filename="../ui/common/Messages.cpp" line="+15" />
        <source>Your account's role does not allow this. Ask a supervisor or an administrator to do it.</source>
        <translation>Your account's role does not allow this. Ask a supervisor or an administrator to do it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing from this step was saved. Try again; if it happens again, note the time and call the district IT support.</source>
        <translation>Nothing from this step was saved. Try again; if it happens again, note the time and call the district IT support.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone may have changed this record meanwhile. The list has been refreshed; open the record again.</source>
        <translation>Someone may have changed this record meanwhile. The list has been refreshed; open the record again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the fields marked in red (or use the suggested fix), then confirm again.</source>
        <translation>Fix the fields marked in red (or use the suggested fix), then confirm again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another supervisor must approve or reject it: the person who verified a record cannot also approve it.</source>
        <translation>Another supervisor must approve or reject it: the person who verified a record cannot also approve it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An administrator enrols this computer with the registry under Settings &gt; National registry, with the one-time code the registry gives out.</source>
        <translation>An administrator enrols this computer with the registry under Settings &gt; National registry, with the one-time code the registry gives out.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry could not be reached. Nothing is lost: the records stay in the outbox and are sent at the next sync. Check the network, or export a package for a USB stick.</source>
        <translation>The registry could not be reached. Nothing is lost: the records stay in the outbox and are sent at the next sync. Check the network, or export a package for a USB stick.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry's certificate is not the one this computer was enrolled with. Do not go on; call the district IT support.</source>
        <translation>The registry's certificate is not the one this computer was enrolled with. Do not go on; call the district IT support.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close other programs and try again.</source>
        <translation>Close other programs and try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This computer is not enrolled with the national registry yet.</source>
        <translation>This computer is not enrolled with the national registry yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This step could not be done.</source>
        <translation>This step could not be done.</translation>
    </message>
    <message>
        <location filename="../ui/verify/FieldFormat.cpp" line="+18" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private use</source>
        <translation>Private use</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared use</source>
        <translation>Shared use</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Type the date as day/month/year, e.g. 05/09/2019.</source>
        <translation>Type the date as day/month/year, e.g. 05/09/2019.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type one of: %1.</source>
        <translation>Type one of: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type "%1" or a date (day/month/year).</source>
        <translation>Type "%1" or a date (day/month/year).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 125.5</source>
        <translation>e.g. 125.5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. ONT+CLN</source>
        <translation>e.g. ONT+CLN</translation>
    </message>
    <message>
        <location filename="../ui/outbox/SyncRun.cpp" line="+59" />
        <source>%1 accepted, %2 rejected, %3 in conflict.</source>
        <translation>%1 accepted, %2 rejected, %3 in conflict.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) not delivered yet; they stay in the outbox.</source>
        <translation>%1 record(s) not delivered yet; they stay in the outbox.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stopped before the end; what was answered is kept.</source>
        <translation>Stopped before the end; what was answered is kept.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was waiting to be sent.</source>
        <translation>Nothing was waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditModel.cpp" line="+16" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign-in refused: account locked</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong recovery code</source>
        <translation>Wrong recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery code used</source>
        <translation>Recovery code used</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field corrected</source>
        <translation>Field corrected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record confirmed</source>
        <translation>Record confirmed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record approved</source>
        <translation>Record approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record rejected</source>
        <translation>Record rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record keyed by hand</source>
        <translation>Record keyed by hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch created</source>
        <translation>Batch created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double keying changed</source>
        <translation>Double keying changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry keyed a second time</source>
        <translation>Entry keyed a second time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-keying differences resolved</source>
        <translation>Double-keying differences resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Book layout saved</source>
        <translation>Book layout saved</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Account added</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirmation undone</source>
        <translation>Confirmation undone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry keyed by hand</source>
        <translation>Entry keyed by hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Book layout used</source>
        <translation>Book layout used</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records exported for the registry</source>
        <translation>Records exported for the registry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry receipt read</source>
        <translation>Registry receipt read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending tried again</source>
        <translation>Sending tried again</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computer enrolled with the registry</source>
        <translation>Computer enrolled with the registry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store key change started</source>
        <translation>Store key change started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store key changed</source>
        <translation>Store key changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Document imported</source>
        <translation>Document imported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued for the registry</source>
        <translation>Queued for the registry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent to the registry</source>
        <translation>Sent to the registry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry answered</source>
        <translation>Registry answered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending failed</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unreadable request refused</source>
        <translation>Unreadable request refused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery code issued</source>
        <translation>Recovery code issued</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account deleted</source>
        <translation>Account deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password reset with a recovery code</source>
        <translation>Password reset with a recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued sign-in events lost</source>
        <translation>Queued sign-in events lost</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queued sign-in events altered</source>
        <translation>Queued sign-in events altered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account lock removed outside SoHoa</source>
        <translation>Account lock removed outside SoHoa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic lock time changed</source>
        <translation>Automatic lock time changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record put on hold</source>
        <translation>Record put on hold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record taken off hold</source>
        <translation>Record taken off hold</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning accepted as on the paper</source>
        <translation>Warning accepted as on the paper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents merged</source>
        <translation>Documents merged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document split</source>
        <translation>Document split</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National tables exported</source>
        <translation>National tables exported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form layout taught</source>
        <translation>Form layout taught</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form layout removed</source>
        <translation>Form layout removed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another office's layout signing key accepted</source>
        <translation>Another office's layout signing key accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another office's layout signing key removed</source>
        <translation>Another office's layout signing key removed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account list signed</source>
        <translation>Account list signed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Other action</source>
        <translation>Other action</translation>
    </message>
    <message>
        <location line="+21" />
        <source>SoHoa (automatic)</source>
        <translation>SoHoa (automatic)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+13" />
        <source>the store</source>
        <translation>the store</translation>
    </message>
    <message>
        <location line="-6" />
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch %1</source>
        <translation>batch %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 confirmed %2 at %3</source>
        <translation>%1 confirmed %2 at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 took back the confirmation of %2 at %3</source>
        <translation>%1 took back the confirmation of %2 at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 approved %2 at %3</source>
        <translation>%1 approved %2 at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 returned %2 at %3: %4</source>
        <translation>%1 returned %2 at %3: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changed %2 of %3 at %4: "%5" became "%6"</source>
        <translation>%1 changed %2 of %3 at %4: "%5" became "%6"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 keyed %2 by hand at %3</source>
        <translation>%1 keyed %2 by hand at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 signed in at %2</source>
        <translation>%1 signed in at %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 signed out at %2</source>
        <translation>%1 signed out at %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wrong password was given for %1 at %2</source>
        <translation>A wrong password was given for %1 at %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 created %2 at %3</source>
        <translation>%1 created %2 at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 (%3) at %4</source>
        <translation>%1: %2 (%3) at %4</translation>
    </message>
    <message>
        <location filename="../ui/common/PageImageLoader.cpp" line="+48" />
        <source>Page %1 of this document is not in the store.</source>
        <translation>Page %1 of this document is not in the store.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The stored image of page %1 cannot be shown (format %2).</source>
        <translation>The stored image of page %1 cannot be shown (format %2).</translation>
    </message>
    <message>
        <location filename="../ui/settings/RegistryPanel.cpp" line="+186" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/signin/UpgradeNotice.cpp" line="+16" />
        <source>Updating the store for this version of SoHoa. This happens once; a large store takes a few minutes...</source>
        <translation>Updating the store for this version of SoHoa. This happens once; a large store takes a few minutes...</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="+127" />
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No font with all Vietnamese letters was found, so some names may show wrongly. Ask IT support to install DejaVu or Liberation 2 fonts.</source>
        <translation>No font with all Vietnamese letters was found, so some names may show wrongly. Ask IT support to install DejaVu or Liberation 2 fonts.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AccountsPage</name>
    <message>
        <location filename="../ui/admin/AccountsPage.cpp" line="+36" />
        <source>Change the store key now</source>
        <translation>Change the store key now</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first password; tell it to the person in private</source>
        <translation>first password; tell it to the person in private</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account name:</source>
        <translation>&amp;Account name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the account</source>
        <translation>Add the account</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reset password...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete account...</source>
        <translation>Delete account...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change role to the one chosen below</source>
        <translation>Change role to the one chosen below</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, must choose a new password</source>
        <translation>, must choose a new password</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Account %1 added. Tell the person the first password in private.</source>
        <translation>Account %1 added. Tell the person the first password in private.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+30" />
        <location line="+53" />
        <location line="+80" />
        <source>Choose an account in the list first.</source>
        <translation>Choose an account in the list first.</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>New temporary password for %1 (they must choose their own at the next sign-in):</source>
        <translation>New temporary password for %1 (they must choose their own at the next sign-in):</translation>
    </message>
    <message>
        <location line="-23" />
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account %1 is enabled again with the new password. Tell the person in private.</source>
        <translation>Account %1 is enabled again with the new password. Tell the person in private.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the account %1? Its password stops opening the store, the store gets a new key, and the registry refuses what it signs from now on. Its entries in the audit trail keep its name. This cannot be undone.</source>
        <translation>Delete the account %1? Its password stops opening the store, the store gets a new key, and the registry refuses what it signs from now on. Its entries in the audit trail keep its name. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the account</source>
        <translation>Delete the account</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Account %1 is deleted.</source>
        <translation>Account %1 is deleted.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Changing the store key...</source>
        <translation>Changing the store key...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account %1 is deleted: its password no longer opens the store. Changing the store key...</source>
        <translation>Account %1 is deleted: its password no longer opens the store. Changing the store key...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account %1 is disabled: its password no longer opens the store. Changing the store key...</source>
        <translation>Account %1 is disabled: its password no longer opens the store. Changing the store key...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Account %1 is deleted: its password no longer opens the store. </source>
        <translation>Account %1 is deleted: its password no longer opens the store. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1 is disabled: its password no longer opens the store. </source>
        <translation>Account %1 is disabled: its password no longer opens the store. </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store still needs a new data key, so that a copy of the key its owner may have kept opens nothing: %1 Press "Change the store key now" when no import or sync is running.</source>
        <translation>The store still needs a new data key, so that a copy of the key its owner may have kept opens nothing: %1 Press "Change the store key now" when no import or sync is running.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Account %1 is deleted. </source>
        <translation>Account %1 is deleted. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1 is disabled. </source>
        <translation>Account %1 is disabled. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store now uses a new data key: a copy of the old key opens nothing.</source>
        <translation>The store now uses a new data key: a copy of the old key opens nothing.</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Account %1 is disabled.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+76" />
        <source>Preparing a demonstration store with made-up records...</source>
        <translation>Preparing a demonstration store with made-up records...</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Demonstration store</source>
        <translation>Demonstration store</translation>
    </message>
    <message numerus="yes">
        <location line="+124" />
        <source>SoHoa locked itself after %n minute(s) without use. Your work is saved; sign in to continue.</source>
        <translation>
            <numerusform>SoHoa locked itself after %n minute(s) without use. Your work is saved; sign in to continue.</numerusform>
            <numerusform>SoHoa locked itself after %n minute(s) without use. Your work is saved; sign in to continue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The window is locked. Your work is saved; sign in to continue.</source>
        <translation>The window is locked. Your work is saved; sign in to continue.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AuditModel</name>
    <message>
        <location filename="../ui/audit/AuditModel.cpp" line="+66" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+42" />
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+9" />
        <source>any account</source>
        <translation>any account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>any record</source>
        <translation>any record</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record &amp;no.:</source>
        <translation>Record &amp;no.:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Check the chain</source>
        <translation>&amp;Check the chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recompute every entry's hash to prove nothing was changed or removed</source>
        <translation>Recompute every entry's hash to prove nothing was changed or removed</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Checking the audit trail...</source>
        <translation>Checking the audit trail...</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>The audit trail is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entries, none changed or removed.</numerusform>
            <numerusform>The audit trail is intact: %n entries, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The audit trail has been tampered with: entry %1 (%2). Keep this computer as it is and tell the commune's leadership and the district IT support.</source>
        <translation>The audit trail has been tampered with: entry %1 (%2). Keep this computer as it is and tell the commune's leadership and the district IT support.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <location line="+22" />
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entries shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="+38" />
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backup is one file holding every record, page image and the audit trail. It stays encrypted: only the accounts of this store can open it. Keep it away from this computer, for example on a USB stick kept in the office safe.</source>
        <translation>The backup is one file holding every record, page image and the audit trail. It stays encrypted: only the accounts of this store can open it. Keep it away from this computer, for example on a USB stick kept in the office safe.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location line="+47" />
        <source>reading...</source>
        <translation>reading...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SoHoa backups (*.sohoabak)</source>
        <translation>SoHoa backups (*.sohoabak)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose where to write the backup.</source>
        <translation>Choose where to write the backup.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists. Backups never replace a file: choose another name.</source>
        <translation>%1 already exists. Backups never replace a file: choose another name.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backing up... you can keep working.</source>
        <translation>Backing up... you can keep working.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Backup written to %1: %2 records, %3 pages, %4 audit entries. Check that the file is on the stick before you take it away.</source>
        <translation>Backup written to %1: %2 records, %3 pages, %4 audit entries. Check that the file is on the stick before you take it away.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BackupReminder</name>
    <message>
        <location filename="../ui/backup/BackupReminder.cpp" line="+23" />
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This store has never been backed up. If this computer breaks or is stolen, every record typed here is lost: make a backup now.</source>
        <translation>This store has never been backed up. If this computer breaks or is stolen, every record typed here is lost: make a backup now.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The last backup is %n day(s) old. Make a new one so that recent work is not lost.</source>
        <translation>
            <numerusform>The last backup is %n day(s) old. Make a new one so that recent work is not lost.</numerusform>
            <numerusform>The last backup is %n day(s) old. Make a new one so that recent work is not lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BatchListModel</name>
    <message>
        <location filename="../ui/batches/BatchListModel.cpp" line="+30" />
        <source>%1 of %2 approved</source>
        <translation>%1 of %2 approved</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n document(s) waiting for OCR</source>
        <translation>
            <numerusform>%n document(s) waiting for OCR</numerusform>
            <numerusform>%n document(s) waiting for OCR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to verify</source>
        <translation>
            <numerusform>%n to verify</numerusform>
            <numerusform>%n to verify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to approve</source>
        <translation>
            <numerusform>%n to approve</numerusform>
            <numerusform>%n to approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n returned</source>
        <translation>
            <numerusform>%n returned</numerusform>
            <numerusform>%n returned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not accepted by the registry</source>
        <translation>
            <numerusform>%n not accepted by the registry</numerusform>
            <numerusform>%n not accepted by the registry</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Double keying</source>
        <translation>Double keying</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BatchesPage</name>
    <message>
        <location filename="../ui/batches/BatchesPage.cpp" line="+79" />
        <source>&amp;New batch...</source>
        <translation>&amp;New batch...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import files...</source>
        <translation>&amp;Import files...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a &amp;folder...</source>
        <translation>Import a &amp;folder...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Scan...</source>
        <translation>&amp;Scan...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the s&amp;ample scans</source>
        <translation>Import the s&amp;ample scans</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Verify this batch</source>
        <translation>&amp;Verify this batch</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Key pages by hand</source>
        <translation>&amp;Key pages by hand</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Review this batch</source>
        <translation>&amp;Review this batch</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Double keying</source>
        <translation>&amp;Double keying</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A second clerk keys every hand-keyed entry of this batch again, blind; only the differences are then checked</source>
        <translation>A second clerk keys every hand-keyed entry of this batch again, blind; only the differences are then checked</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Documents and c&amp;uts...</source>
        <translation>Documents and c&amp;uts...</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Drop scanned files or folders here to import them into the selected batch</source>
        <translation>Drop scanned files or folders here to import them into the selected batch</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No batch yet. Create one (Ctrl+N), then import or scan its pages.</source>
        <translation>No batch yet. Create one (Ctrl+N), then import or scan its pages.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 batches, %2 pages, %3 records to verify.</source>
        <translation>%1 batches, %2 pages, %3 records to verify.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Batch created. Import or scan its pages next.</source>
        <translation>Batch created. Import or scan its pages next.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+9" />
        <location line="+18" />
        <source>Choose (or create with Ctrl+N) the batch to import into first.</source>
        <translation>Choose (or create with Ctrl+N) the batch to import into first.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Import scans into "%1"</source>
        <translation>Import scans into "%1"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.webp *.bmp);;All files (*)</source>
        <translation>Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.webp *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Import a folder of scans into "%1"</source>
        <translation>Import a folder of scans into "%1"</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose (or create with Ctrl+N) the batch to scan into first.</source>
        <translation>Choose (or create with Ctrl+N) the batch to scan into first.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Double keying</source>
        <translation>Double keying</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Double keying is on for this batch.</source>
        <translation>Double keying is on for this batch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double keying is off for this batch.</source>
        <translation>Double keying is off for this batch.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/ChangePasswordDialog.cpp" line="+24" />
        <location line="+2" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+7" />
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>An administrator set your password. Choose your own before you continue.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The two new passwords are different. Type them again.</source>
        <translation>The two new passwords are different. Type them again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+80" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export figures as CSV...</source>
        <translation>&amp;Export figures as CSV...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save these figures for the district (no personal data) (Ctrl+E)</source>
        <translation>Save these figures for the district (no personal data) (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Counting...</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 batches, %2 documents, %3 pages, %4 records: %5 approved, %6 still to verify.</source>
        <translation>%1 batches, %2 documents, %3 pages, %4 records: %5 approved, %6 still to verify.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Records by state and type</source>
        <translation>Records by state and type</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Records confirmed per clerk per day</source>
        <translation>Records confirmed per clerk per day</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pages imported or scanned per day</source>
        <translation>Pages imported or scanned per day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open issues by kind</source>
        <translation>Open issues by kind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Batches on their way to the registry</source>
        <translation>Batches on their way to the registry</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+23" />
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <location line="-23" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>The figures are still being counted; try again in a moment.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file could not be written (%1). Choose another folder, for example on the desktop.</source>
        <translation>The file could not be written (%1). Choose another folder, for example on the desktop.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Figures saved to %1.</source>
        <translation>Figures saved to %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::DocumentCutsDialog</name>
    <message>
        <location filename="../ui/batches/DocumentCutsDialog.cpp" line="+28" />
        <source>&amp;Merge with the next document</source>
        <translation>&amp;Merge with the next document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;plit at a page...</source>
        <translation>S&amp;plit at a page...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Documents of %1</source>
        <translation>Documents of %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file holding a stack of papers was cut into documents where a new form starts. Where a cut is wrong, merge two documents or split one at a page before the records are verified.</source>
        <translation>A file holding a stack of papers was cut into documents where a new form starts. Where a cut is wrong, merge two documents or split one at a page before the records are verified.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pages of the file</source>
        <translation>Pages of the file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+63" />
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pages %1-%2</source>
        <translation>pages %1-%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Document %1 now holds %2 page(s); document %3 was merged into it.</source>
        <translation>Document %1 now holds %2 page(s); document %3 was merged into it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Split the document</source>
        <translation>Split the document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new document starts at page (of this document):</source>
        <translation>The new document starts at page (of this document):</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Document %1 keeps %2 page(s); its pages from %3 on are now document %4.</source>
        <translation>Document %1 keeps %2 page(s); its pages from %3 on are now document %4.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::FieldPanel</name>
    <message>
        <location filename="../ui/verify/FieldPanel.cpp" line="+43" />
        <source>Unsure reading: compare with the page before blaming the paper</source>
        <translation>Unsure reading: compare with the page before blaming the paper</translation>
    </message>
    <message>
        <location line="+4" />
        <source>SoHoa could not read this value with confidence and it does not pass a check. Most often the reading is wrong, not the book: correct the letters you see on the page, or press Enter if they are right.</source>
        <translation>SoHoa could not read this value with confidence and it does not pass a check. Most often the reading is wrong, not the book: correct the letters you see on the page, or press Enter if they are right.</translation>
    </message>
    <message>
        <location line="+190" />
        <source>No record open.</source>
        <translation>No record open.</translation>
    </message>
    <message>
        <location line="+173" />
        <source>Fields of the national data standard that this extract does not print and OCR left empty (Ctrl+Shift+N)</source>
        <translation>Fields of the national data standard that this extract does not print and OCR left empty (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+62" />
        <source>National standard fields (%1)</source>
        <translation>National standard fields (%1)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>This record's type (%1) is not known to this version of SoHoa.</source>
        <translation>This record's type (%1) is not known to this version of SoHoa.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Typed or corrected by a clerk</source>
        <translation>Typed or corrected by a clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read by OCR, confidence %1%</source>
        <translation>Read by OCR, confidence %1%</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Read with the taught form: %1</source>
        <translation>Read with the taught form: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SoHoa found this value where the form taught to it places it, not by its generic reading.</source>
        <translation>SoHoa found this value where the form taught to it places it, not by its generic reading.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Read on the page: %1</source>
        <translation>Read on the page: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>As written in the book (%1): %2</source>
        <translation>As written in the book (%1): %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Use "%1" (F4)</source>
        <translation>Use "%1" (F4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the suggestion (F4)</source>
        <translation>Use the suggestion (F4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replace the value with "%1" and save it</source>
        <translation>Replace the value with "%1" and save it</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/signin/FirstRunDialog.cpp" line="+28" />
        <source>SoHoa - First start</source>
        <translation>SoHoa - First start</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;h3&gt;Welcome to SoHoa&lt;/h3&gt;&lt;p&gt;SoHoa keeps the commune's records in an encrypted &lt;i&gt;store&lt;/i&gt; on this computer. Create a new store if this office is starting, or open the store folder you already use (for example one restored from a backup).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to SoHoa&lt;/h3&gt;&lt;p&gt;SoHoa keeps the commune's records in an encrypted &lt;i&gt;store&lt;/i&gt; on this computer. Create a new store if this office is starting, or open the store folder you already use (for example one restored from a backup).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Create a new store</source>
        <translation>&amp;Create a new store</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open an existing store...</source>
        <translation>&amp;Open an existing store...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store &amp;folder:</source>
        <translation>Store &amp;folder:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrator &amp;account:</source>
        <translation>Administrator &amp;account:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password (at least %1 characters):</source>
        <translation>&amp;Password (at least %1 characters):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The administrator adds the clerks' and supervisors' accounts after the first sign-in.</source>
        <translation>The administrator adds the clerks' and supervisors' accounts after the first sign-in.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;h3&gt;Recovery code&lt;/h3&gt;&lt;p&gt;This code opens the store if every administrator password is lost. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it on paper, check it, and keep the paper in the office safe. Anyone who has it can open the store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recovery code&lt;/h3&gt;&lt;p&gt;This code opens the store if every administrator password is lost. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it on paper, check it, and keep the paper in the office safe. Anyone who has it can open the store.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type the code again from your paper</source>
        <translation>Type the code again from your paper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have written the recovery code on paper and will keep it in the office safe.</source>
        <translation>I have written the recovery code on paper and will keep it in the office safe.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Continue to sign-in</source>
        <translation>Continue to sign-in</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check what you wrote: type the code again from the paper.</source>
        <translation>Check what you wrote: type the code again from the paper.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Folder for the new store</source>
        <translation>Folder for the new store</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Store folder</source>
        <translation>Store folder</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a SoHoa store (it needs store.db and keyring.json). Choose the folder that holds them.</source>
        <translation>%1 is not a SoHoa store (it needs store.db and keyring.json). Choose the folder that holds them.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The two passwords are different. Type them again.</source>
        <translation>The two passwords are different. Type them again.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Creating the encrypted store...</source>
        <translation>Creating the encrypted store...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ImportPanel</name>
    <message>
        <location filename="../ui/batches/ImportPanel.cpp" line="+27" />
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop after the pages being read; documents already imported are kept</source>
        <translation>Stop after the pages being read; documents already imported are kept</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Stopping... the documents already imported are kept.</source>
        <translation>Stopping... the documents already imported are kept.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An import is still running. Wait for it or cancel it first.</source>
        <translation>An import is still running. Wait for it or cancel it first.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Looking for scans in what you chose...</source>
        <translation>Looking for scans in what you chose...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No scans (PNG, JPEG, TIFF or PDF) were found there.</source>
        <translation>No scans (PNG, JPEG, TIFF or PDF) were found there.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Importing into "%1": page %2 of %3, %4 pages/min. You can keep working.</source>
        <translation>Importing into "%1": page %2 of %3, %4 pages/min. You can keep working.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Import into "%1" finished: %n document(s) imported</source>
        <translation>
            <numerusform>Import into "%1" finished: %n document(s) imported</numerusform>
            <numerusform>Import into "%1" finished: %n document(s) imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n not imported (see below)</source>
        <translation>
            <numerusform>, %n not imported (see below)</numerusform>
            <numerusform>, %n not imported (see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Import cancelled: %n document(s) imported before it stopped are kept.</source>
        <translation>
            <numerusform>Import cancelled: %n document(s) imported before it stopped are kept.</numerusform>
            <numerusform>Import cancelled: %n document(s) imported before it stopped are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Importing %n file(s) into "%1"...</source>
        <translation>
            <numerusform>Importing %n file(s) into "%1"...</numerusform>
            <numerusform>Importing %n file(s) into "%1"...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::KeyingPage</name>
    <message>
        <location filename="../ui/keying/KeyingPage.cpp" line="+47" />
        <source>&amp;Draw zones</source>
        <translation>&amp;Draw zones</translation>
    </message>
    <message>
        <location line="+21" />
        <source>First keying</source>
        <translation>First keying</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second keying (blind)</source>
        <translation>Second keying (blind)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolve differences</source>
        <translation>Resolve differences</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many entries one page of this book holds</source>
        <translation>How many entries one page of this book holds</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag on the page to mark where the chosen field (or the whole entry) is written; the zones are kept for every page of this book layout (Ctrl+D)</source>
        <translation>Drag on the page to mark where the chosen field (or the whole entry) is written; the zones are kept for every page of this book layout (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Save entry</source>
        <translation>&amp;Save entry</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dra&amp;w zones</source>
        <translation>Dra&amp;w zones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Whole page</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record &amp;type:</source>
        <translation>Record &amp;type:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Book &amp;layout:</source>
        <translation>Book &amp;layout:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entries per page:</source>
        <translation>Entries per page:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save layout...</source>
        <translation>Save layout...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save entry</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Drag a rectangle on the page around "%1" of entry %2.</source>
        <translation>Drag a rectangle on the page around "%1" of entry %2.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Save book layout</source>
        <translation>Save book layout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this book layout (e.g. "Birth register 1990-2005"):</source>
        <translation>Name of this book layout (e.g. "Birth register 1990-2005"):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Key by hand</source>
        <translation>Key by hand</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Keying</source>
        <translation>&amp;Keying</translation>
    </message>
    <message>
        <location line="+81" />
        <source>(no layout: the whole page)</source>
        <translation>(no layout: the whole page)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This batch is not keyed twice. A supervisor turns double keying on in the batch list.</source>
        <translation>This batch is not keyed twice. A supervisor turns double keying on in the batch list.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR could not read it</source>
        <translation>OCR could not read it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2nd keying: %1/%2</source>
        <translation>2nd keying: %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to resolve</source>
        <translation>
            <numerusform>%n to resolve</numerusform>
            <numerusform>%n to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>This batch has no pages yet. Import or scan them first.</source>
        <translation>This batch has no pages yet. Import or scan them first.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Entries keyed on this page: %1.</source>
        <translation>Entries keyed on this page: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keyed a second time: %1.</source>
        <translation>Keyed a second time: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now keying entry %1.</source>
        <translation>Now keying entry %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Whole entry</source>
        <translation>Whole entry</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Zone of "%1" for entry %2 drawn. Draw the others, then "Save layout..." to keep them for every page of this book.</source>
        <translation>Zone of "%1" for entry %2 drawn. Draw the others, then "Save layout..." to keep them for every page of this book.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Book layout "%1" saved; its zones are shown on every page of this batch.</source>
        <translation>Book layout "%1" saved; its zones are shown on every page of this batch.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Type the entry's fields first.</source>
        <translation>Type the entry's fields first.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Entry %1 keyed a second time.</source>
        <translation>Entry %1 keyed a second time.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Entry saved as record %1. Key the next entry of this page, or PgDown for the next page.</source>
        <translation>Entry saved as record %1. Key the next entry of this page, or PgDown for the next page.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::LayoutImportDialog</name>
    <message>
        <location filename="../ui/settings/LayoutImportDialog.cpp" line="+32" />
        <source>Import taught forms</source>
        <translation>Import taught forms</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the check of each file found. Nothing is stored until you press Import.</source>
        <translation>What the check of each file found. Nothing is stored until you press Import.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Form name</source>
        <translation>Form name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signed by %1, an administrator of this office.</source>
        <translation>Signed by %1, an administrator of this office.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed by %1 of the office %2 with the key %3, which this office accepted earlier.</source>
        <translation>Signed by %1 of the office %2 with the key %3, which this office accepted earlier.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Already in this store.</source>
        <translation>Already in this store.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Files nobody in this office vouches for are not ticked. Tick one only after you have checked its key's fingerprint with the sending office (for instance by telephone): the key is then remembered for that office's next files.</source>
        <translation>Files nobody in this office vouches for are not ticked. Tick one only after you have checked its key's fingerprint with the sending office (for instance by telephone): the key is then remembered for that office's next files.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some files are signed by nobody this office knows: only an administrator can accept them.</source>
        <translation>Some files are signed by nobody this office knows: only an administrator can accept them.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+54" />
        <source>"%1", signed by %2 of the office %3 (key %4)</source>
        <translation>"%1", signed by %2 of the office %3 (key %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1", not signed</source>
        <translation>"%1", not signed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept forms nobody here vouches for</source>
        <translation>Accept forms nobody here vouches for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You accept these forms although no administrator of this office signed them:
%1

Do this only after checking the key's fingerprint with the sending office. The acceptance is recorded in the audit trail, and an accepted key is remembered for that office's next files.</source>
        <translation>You accept these forms although no administrator of this office signed them:
%1

Do this only after checking the key's fingerprint with the sending office. The acceptance is recorded in the audit trail, and an accepted key is remembered for that office's next files.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::LayoutsPanel</name>
    <message>
        <location filename="../ui/settings/LayoutsPanel.cpp" line="+22" />
        <source>Taught forms</source>
        <translation>Taught forms</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Forms SoHoa learned from a verified record: documents printed on the same form are read with them first. They hold where values are printed, never the values.</source>
        <translation>Forms SoHoa learned from a verified record: documents printed on the same form are read with them first. They hold where values are printed, never the values.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Form name</source>
        <translation>Form name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Taught</source>
        <translation>Taught</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Records read with it</source>
        <translation>Records read with it</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Re&amp;move form</source>
        <translation>Re&amp;move form</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import from a folder...</source>
        <translation>&amp;Import from a folder...</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Export to a folder...</source>
        <translation>&amp;Export to a folder...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Writes every form into a folder, signed with your key, for other offices of the province.</source>
        <translation>Writes every form into a folder, signed with your key, for other offices of the province.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keys of other offices accepted for their forms: their next files are imported without asking again.</source>
        <translation>Keys of other offices accepted for their forms: their next files are imported without asking again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Stop &amp;accepting this key</source>
        <translation>Stop &amp;accepting this key</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+123" />
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="-116" />
        <source>Folder of form files to import</source>
        <translation>Folder of form files to import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Folder to export the forms into</source>
        <translation>Folder to export the forms into</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Checking the form files of %1...</source>
        <translation>Checking the form files of %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n form(s) imported.</source>
        <translation>
            <numerusform>%n form(s) imported.</numerusform>
            <numerusform>%n form(s) imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Writing the forms into %1...</source>
        <translation>Writing the forms into %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n form(s) written into %1, signed with your key. The receiving office checks the signature when it imports them.</source>
        <translation>
            <numerusform>%n form(s) written into %1, signed with your key. The receiving office checks the signature when it imports them.</numerusform>
            <numerusform>%n form(s) written into %1, signed with your key. The receiving office checks the signature when it imports them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Stop accepting a key</source>
        <translation>Stop accepting a key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop accepting the key %1 of the office %2? Its next form files will be refused until an administrator accepts it again; forms already imported stay.</source>
        <translation>Stop accepting the key %1 of the office %2? Its next form files will be refused until an administrator accepts it again; forms already imported stay.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key of the office %1 is no longer accepted.</source>
        <translation>The key of the office %1 is no longer accepted.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No form has been taught yet. When you confirm a record whose values you mostly typed, SoHoa offers to remember its form.</source>
        <translation>No form has been taught yet. When you confirm a record whose values you mostly typed, SoHoa offers to remember its form.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove form</source>
        <translation>Remove form</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the form "%1"? Documents printed on it will be read without it.</source>
        <translation>Remove the form "%1"? Documents printed on it will be read without it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The form "%1" was removed.</source>
        <translation>The form "%1" was removed.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+50" />
        <source>SoHoa - %1</source>
        <translation>SoHoa - %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change my &amp;password...</source>
        <translation>Change my &amp;password...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Back up the store...</source>
        <translation>&amp;Back up the store...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lock the window now (Ctrl+L); sign in again to continue</source>
        <translation>Lock the window now (Ctrl+L); sign in again to continue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;About SoHoa</source>
        <translation>&amp;About SoHoa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About SoHoa</source>
        <translation>About SoHoa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;SoHoa %1&lt;/b&gt;&lt;p&gt;Digitising commune civil-status books and land certificates: scan, offline OCR, verification, approval and delivery to the national registries. Every record stays in the encrypted store on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SoHoa %1&lt;/b&gt;&lt;p&gt;Digitising commune civil-status books and land certificates: scan, offline OCR, verification, approval and delivery to the national registries. Every record stays in the encrypted store on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::NewBatchDialog</name>
    <message>
        <location filename="../ui/batches/NewBatchDialog.cpp" line="+25" />
        <source>&amp;Double keying: a second clerk keys every hand-keyed entry again, blind</source>
        <translation>&amp;Double keying: a second clerk keys every hand-keyed entry again, blind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New batch</source>
        <translation>New batch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Birth register 2019, book 01</source>
        <translation>e.g. Birth register 2019, book 01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional: shelf, condition of the book, ...</source>
        <translation>Optional: shelf, condition of the book, ...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Give the batch a name, for example the book's title and year.</source>
        <translation>Give the batch a name, for example the book's title and year.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::OutboxPage</name>
    <message>
        <location filename="../ui/outbox/OutboxPage.cpp" line="+88" />
        <source>S&amp;top syncing</source>
        <translation>S&amp;top syncing</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Why are these records taken back? The clerk sees this.</source>
        <translation>Why are these records taken back? The clerk sees this.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Will retry</source>
        <translation>Will retry</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+5" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registry number</source>
        <translation>Registry number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needing a supervisor</source>
        <translation>Needing a supervisor</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Send &amp;approved records</source>
        <translation>Send &amp;approved records</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel sending...</source>
        <translation>&amp;Cancel sending...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type why the selected records are taken back, then press Enter.</source>
        <translation>Type why the selected records are taken back, then press Enter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;turn to clerk</source>
        <translation>Re&amp;turn to clerk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export package...</source>
        <translation>&amp;Export package...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export for &amp;national import...</source>
        <translation>Export for &amp;national import...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import receipt...</source>
        <translation>&amp;Import receipt...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+26" />
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location line="+61" />
        <source>This computer sends to %1 (%2) as device %3.</source>
        <translation>This computer sends to %1 (%2) as device %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is not enrolled with a registry yet: records can join the outbox but cannot be sent. An administrator enrols it under Settings &gt; National registry.</source>
        <translation>This computer is not enrolled with a registry yet: records can join the outbox but cannot be sent. An administrator enrols it under Settings &gt; National registry.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Next attempt: %1.</source>
        <translation>Next attempt: %1.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 (in package %2)</source>
        <translation>%1 (in package %2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>No approved record is waiting to join the outbox.</source>
        <translation>No approved record is waiting to join the outbox.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 approved record(s) joined the outbox.</source>
        <translation>%1 approved record(s) joined the outbox.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your account's role does not allow sending records to the registry.</source>
        <translation>Your account's role does not allow sending records to the registry.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer is not enrolled with a registry, so nothing can be sent. An administrator enrols it under Settings &gt; National registry; meanwhile export a package for a USB stick.</source>
        <translation>This computer is not enrolled with a registry, so nothing can be sent. An administrator enrols it under Settings &gt; National registry; meanwhile export a package for a USB stick.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sending to the registry...</source>
        <translation>Sending to the registry...</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Stopping after the current step...</source>
        <translation>Stopping after the current step...</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select a batch or some of its records to retry.</source>
        <translation>Select a batch or some of its records to retry.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) will be sent again at the next sync.</source>
        <translation>%1 record(s) will be sent again at the next sync.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select the records to take back from sending.</source>
        <translation>Select the records to take back from sending.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say why the records are taken back: the clerk will see the reason.</source>
        <translation>Say why the records are taken back: the clerk will see the reason.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 record(s) taken out of the outbox and returned to the clerk.</source>
        <translation>%1 record(s) taken out of the outbox and returned to the clerk.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only records the registry rejected or holds in conflict go back to the clerk; select them first.</source>
        <translation>Only records the registry rejected or holds in conflict go back to the clerk; select them first.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) returned to the clerk with the registry's reason.</source>
        <translation>%1 record(s) returned to the clerk with the registry's reason.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+42" />
        <source>Select the batch to export.</source>
        <translation>Select the batch to export.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Export package for the registry</source>
        <translation>Export package for the registry</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SoHoa packages (*.sohoa)</source>
        <translation>SoHoa packages (*.sohoa)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Package %1 written to %2 (%3 records, %4 page images). Take it to the registry; import its receipt here when it comes back.</source>
        <translation>Package %1 written to %2 (%3 records, %4 page images). Take it to the registry; import its receipt here when it comes back.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Your account's role does not allow exporting records.</source>
        <translation>Your account's role does not allow exporting records.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export for the national database</source>
        <translation>Export for the national database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An encrypted file (recommended) holds the workbooks and page PDFs under a passphrase: give the file and, separately, the passphrase to the office that imports it; it opens the file with SoHoa.

The plain-text exports hold the personal data of the batch's approved records in plain text: anyone who gets them can read them. Write them only to a folder you control, give them only to the office that imports them, and delete them after the import.

Every export is recorded in the audit trail.</source>
        <translation>An encrypted file (recommended) holds the workbooks and page PDFs under a passphrase: give the file and, separately, the passphrase to the office that imports it; it opens the file with SoHoa.

The plain-text exports hold the personal data of the batch's approved records in plain text: anyone who gets them can read them. Write them only to a folder you control, give them only to the office that imports them, and delete them after the import.

Every export is recorded in the audit trail.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Encrypted file...</source>
        <translation>Encrypted file...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Civil-status workbooks (plain text)</source>
        <translation>Civil-status workbooks (plain text)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land registry list (plain text)</source>
        <translation>Land registry list (plain text)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a new or empty folder for the export</source>
        <translation>Choose a new or empty folder for the export</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Passphrase of the encrypted export</source>
        <translation>Passphrase of the encrypted export</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At least %1 characters. Give it to the importing office separately from the file (by telephone, not on the same stick).</source>
        <translation>At least %1 characters. Give it to the importing office separately from the file (by telephone, not on the same stick).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Too short.</source>
        <translation>Too short.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save the encrypted export</source>
        <translation>Save the encrypted export</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypted SoHoa exports (*.sohoa-export)</source>
        <translation>Encrypted SoHoa exports (*.sohoa-export)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Exporting...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 records and %2 page PDFs encrypted into %3. Give the passphrase to the importing office separately from the file.</source>
        <translation>%1 records and %2 page PDFs encrypted into %3. Give the passphrase to the importing office separately from the file.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 records written to %2 (%3 page PDFs). The files hold personal data in plain text: delete them once the import is done.</source>
        <translation>%1 records written to %2 (%3 page PDFs). The files hold personal data in plain text: delete them once the import is done.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import the registry's receipt</source>
        <translation>Import the registry's receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry receipts (*.receipt);;All files (*)</source>
        <translation>Registry receipts (*.receipt);;All files (*)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This receipt was imported before; nothing changed.</source>
        <translation>This receipt was imported before; nothing changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt imported: %1 answer(s), %2 record(s) updated.</source>
        <translation>Receipt imported: %1 answer(s), %2 record(s) updated.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::PageView</name>
    <message>
        <location filename="../ui/common/PageView.cpp" line="+32" />
        <source>No page image</source>
        <translation>No page image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page image</source>
        <translation>Page image</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecordDetail</name>
    <message>
        <location filename="../ui/review/RecordDetail.cpp" line="+73" />
        <source>Choose a record in the list.</source>
        <translation>Choose a record in the list.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Corrected by %1 on %2; was: %3</source>
        <translation>Corrected by %1 on %2; was: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1 no. %2&lt;/b&gt; - %3</source>
        <translation>&lt;b&gt;%1 no. %2&lt;/b&gt; - %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;br&gt;Verified by %1 on %2</source>
        <translation>&lt;br&gt;Verified by %1 on %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;br&gt;Decided by %1 on %2</source>
        <translation>&lt;br&gt;Decided by %1 on %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;br&gt;Reason: %1</source>
        <translation>&lt;br&gt;Reason: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&lt;br&gt;%n correction(s) by clerks</source>
        <translation>
            <numerusform>&lt;br&gt;%n correction(s) by clerks</numerusform>
            <numerusform>&lt;br&gt;%n correction(s) by clerks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This record was keyed without a scanned page.</source>
        <translation>This record was keyed without a scanned page.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecordRowModel</name>
    <message>
        <location filename="../ui/common/RecordRowModel.cpp" line="+78" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Rejected by %1: %2</source>
        <translation>Rejected by %1: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest confidence</source>
        <translation>Lowest confidence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/signin/RecoveryDialog.cpp" line="+27" />
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the recovery code exactly as written on the paper kept in the office safe, the administrator account, and a new password for it.</source>
        <translation>Type the recovery code exactly as written on the paper kept in the office safe, the administrator account, and a new password for it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator &amp;account:</source>
        <translation>Administrator &amp;account:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The two passwords are different. Type them again.</source>
        <translation>The two passwords are different. Type them again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking the recovery code...</source>
        <translation>Checking the recovery code...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RegistryPanel</name>
    <message>
        <location filename="../ui/settings/RegistryPanel.cpp" line="-134" />
        <source>National registry</source>
        <translation>National registry</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Only an administrator can enrol this computer with a registry or change it.</source>
        <translation>Only an administrator can enrol this computer with a registry or change it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>PEM file of the registry's certificate or CA</source>
        <translation>PEM file of the registry's certificate or CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one-time code from the registry's administrator</source>
        <translation>one-time code from the registry's administrator</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+62" />
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Enrol this computer</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Registry &amp;address:</source>
        <translation>Registry &amp;address:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry &amp;certificate:</source>
        <translation>Registry &amp;certificate:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enrolment co&amp;de:</source>
        <translation>Enrolment co&amp;de:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This computer is not enrolled with a registry: approved records can only leave on packages once it is.</source>
        <translation>This computer is not enrolled with a registry: approved records can only leave on packages once it is.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enrolled with %1 at %2 as device %3 (since %4, by %5).
Pinned certificate: %6</source>
        <translation>Enrolled with %1 at %2 as device %3 (since %4, by %5).
Pinned certificate: %6</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Enrol again</source>
        <translation>&amp;Enrol again</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The registry's certificate</source>
        <translation>The registry's certificate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Give the registry's address, its certificate file and the one-time enrolment code.</source>
        <translation>Give the registry's address, its certificate file and the one-time enrolment code.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enrolling with the registry...</source>
        <translation>Enrolling with the registry...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This computer is enrolled with %1 as device %2.</source>
        <translation>This computer is enrolled with %1 as device %2.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RememberFormDialog</name>
    <message>
        <location filename="../ui/verify/RememberForm.cpp" line="+25" />
        <source>Remember this form?</source>
        <translation>Remember this form?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You typed most values of this record yourself: SoHoa did not know its form. Give the form a name and SoHoa reads the next documents printed on it by itself. Only where the values are printed is kept, never the values.</source>
        <translation>You typed most values of this record yourself: SoHoa did not know its form. Give the form a name and SoHoa reads the next documents printed on it by itself. Only where the values are printed is kept, never the values.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Form &amp;name:</source>
        <translation>Form &amp;name:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Remember the form</source>
        <translation>&amp;Remember the form</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RememberFormOffer</name>
    <message>
        <location line="+42" />
        <source>%1 form, taught %2</source>
        <translation>%1 form, taught %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The form "%1" is remembered.</source>
        <translation>The form "%1" is remembered.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ResolvePanel</name>
    <message>
        <location filename="../ui/keying/ResolvePanel.cpp" line="+94" />
        <source>Entry %1 (record no. %2)</source>
        <translation>Entry %1 (record no. %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resolved.</source>
        <translation>Resolved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Both keyings agree. Confirm to close it.</source>
        <translation>Both keyings agree. Confirm to close it.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>1st keying: %1
2nd keying (%2): %3</source>
        <translation>1st keying: %1
2nd keying (%2): %3</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+7" />
        <location line="+1" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>1st: %1   |   2nd: %2</source>
        <translation>1st: %1   |   2nd: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Take these values</source>
        <translation>Take these values</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entry %1 was keyed only the second time. Key it in "First keying" too, or check the page.</source>
        <translation>Entry %1 was keyed only the second time. Key it in "First keying" too, or check the page.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No entry of this page has been keyed twice yet.</source>
        <translation>No entry of this page has been keyed twice yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every difference on this page is resolved.</source>
        <translation>Every difference on this page is resolved.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Record %1: differences resolved.</source>
        <translation>Record %1: differences resolved.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+41" />
        <location line="+273" />
        <source>I have checked the &amp;warnings</source>
        <translation>I have checked the &amp;warnings</translation>
    </message>
    <message>
        <location line="-271" />
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Why is it rejected? The clerk sees this.</source>
        <translation>Why is it rejected? The clerk sees this.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Approve record</source>
        <translation>&amp;Approve record</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;ject record...</source>
        <translation>Re&amp;ject record...</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Type the reason, then press Enter to reject.</source>
        <translation>Type the reason, then press Enter to reject.</translation>
    </message>
    <message>
        <location line="-80" />
        <source>Approve all records &amp;without warnings</source>
        <translation>Approve all records &amp;without warnings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next record</source>
        <translation>&amp;Next record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous record</source>
        <translation>&amp;Previous record</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location line="+99" />
        <source>No verified record is waiting for a decision.</source>
        <translation>No verified record is waiting for a decision.</translation>
    </message>
    <message numerus="yes">
        <location line="-46" />
        <source>%n record(s) waiting</source>
        <translation>
            <numerusform>%n record(s) waiting</numerusform>
            <numerusform>%n record(s) waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All batches</source>
        <translation>All batches</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 (%n verified)</source>
        <translation>
            <numerusform>%1 (%n verified)</numerusform>
            <numerusform>%1 (%n verified)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68" />
        <source>I have checked the &amp;warnings and the values kept as written</source>
        <translation>I have checked the &amp;warnings and the values kept as written</translation>
    </message>
    <message>
        <location line="+8" />
        <source>You verified this record yourself, so another supervisor must approve or reject it.</source>
        <translation>You verified this record yourself, so another supervisor must approve or reject it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This record is %1; there is nothing to decide.</source>
        <translation>This record is %1; there is nothing to decide.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n value(s) kept as written in the book although they look wrong: check them against the page, then tick the box to accept them.</source>
        <translation>
            <numerusform>%n value(s) kept as written in the book although they look wrong: check them against the page, then tick the box to accept them.</numerusform>
            <numerusform>%n value(s) kept as written in the book although they look wrong: check them against the page, then tick the box to accept them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n warning(s) to check before approving.</source>
        <translation>
            <numerusform>%n warning(s) to check before approving.</numerusform>
            <numerusform>%n warning(s) to check before approving.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tick "I have checked the warnings" (Alt+W) first.</source>
        <translation>Tick "I have checked the warnings" (Alt+W) first.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+2" />
        <source>Record %1 approved.</source>
        <translation>Record %1 approved.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Say why the record is rejected: the clerk will see the reason.</source>
        <translation>Say why the record is rejected: the clerk will see the reason.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+2" />
        <source>Record %1 returned to the clerk.</source>
        <translation>Record %1 returned to the clerk.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a batch first: approving all records without warnings acts on one batch at a time.</source>
        <translation>Choose a batch first: approving all records without warnings acts on one batch at a time.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No record of the batch "%1" is waiting without warnings.</source>
        <translation>No record of the batch "%1" is waiting without warnings.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approve records</source>
        <translation>Approve records</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Approve %n record(s) without warnings of the batch "%1"?</source>
        <translation>
            <numerusform>Approve %n record(s) without warnings of the batch "%1"?</numerusform>
            <numerusform>Approve %n record(s) without warnings of the batch "%1"?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records with warnings stay in the list for a closer look.</source>
        <translation>Records with warnings stay in the list for a closer look.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Approve %n record(s)</source>
        <translation>
            <numerusform>Approve %n record(s)</numerusform>
            <numerusform>Approve %n record(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52" />
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>%n record(s) approved.</numerusform>
            <numerusform>%n record(s) approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) left for a closer look (they changed meanwhile).</source>
        <translation>
            <numerusform>%n record(s) left for a closer look (they changed meanwhile).</numerusform>
            <numerusform>%n record(s) left for a closer look (they changed meanwhile).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stopped before the end; the approvals made so far are kept.</source>
        <translation>Stopped before the end; the approvals made so far are kept.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ScanDialog</name>
    <message>
        <location filename="../ui/batches/ScanDialog.cpp" line="+37" />
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pause after this page</source>
        <translation>&amp;Pause after this page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send to readin&amp;g</source>
        <translation>Send to readin&amp;g</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scan into "%1"</source>
        <translation>Scan into "%1"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <location line="+3" />
        <source>everything scanned is one document</source>
        <translation>everything scanned is one document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheets that make one document: 1 for one registration per sheet, 2 for a two-sheet certificate</source>
        <translation>Sheets that make one document: 1 for one registration per sheet, 2 for a two-sheet certificate</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Scanne&amp;r:</source>
        <translation>Scanne&amp;r:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper s&amp;ource:</source>
        <translation>Paper s&amp;ource:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;lour:</source>
        <translation>Co&amp;lour:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sheets per &amp;document:</source>
        <translation>Sheets per &amp;document:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+239" />
        <source>Pages scanned: %1</source>
        <translation>Pages scanned: %1</translation>
    </message>
    <message>
        <location line="-295" />
        <source>Read the pages shown and store them in the batch (Ctrl+Enter)</source>
        <translation>Read the pages shown and store them in the batch (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Scanning the page again...</source>
        <translation>Scanning the page again...</translation>
    </message>
    <message>
        <location line="-76" />
        <location line="+271" />
        <source>Scanning...</source>
        <translation>Scanning...</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Looking for scanners (network scanners can take a few seconds)...</source>
        <translation>Looking for scanners (network scanners can take a few seconds)...</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No scanner found. Check that it is switched on and connected, then press "Look again".</source>
        <translation>No scanner found. Check that it is switched on and connected, then press "Look again".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the pages in the scanner and press Scan.</source>
        <translation>Put the pages in the scanner and press Scan.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Choose a scanner first.</source>
        <translation>Choose a scanner first.</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%n page(s) sent to reading</source>
        <translation>
            <numerusform>%n page(s) sent to reading</numerusform>
            <numerusform>%n page(s) sent to reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document(s)</numerusform>
            <numerusform>%n document(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan more with Continue, or Finish.</source>
        <translation>Scan more with Continue, or Finish.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paused. Check the pages, then Continue to scan the rest, or Send to reading.</source>
        <translation>Paused. Check the pages, then Continue to scan the rest, or Send to reading.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The feeder is empty. Check the pages, load more and Continue, or Send to reading.</source>
        <translation>The feeder is empty. Check the pages, load more and Continue, or Send to reading.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page scanned. Check it, put the next one and Continue, or Send to reading.</source>
        <translation>Page scanned. Check it, put the next one and Continue, or Send to reading.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>read: %1 of %2 (%3 pages/min)</source>
        <translation>read: %1 of %2 (%3 pages/min)</translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>%1
The %n page(s) scanned before are kept. Fix the paper, then Continue, or Finish.</source>
        <translation>
            <numerusform>%1
The %n page(s) scanned before are kept. Fix the paper, then Continue, or Finish.</numerusform>
            <numerusform>%1
The %n page(s) scanned before are kept. Fix the paper, then Continue, or Finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Scanning cancelled; %n document(s) stored before are kept.</source>
        <translation>
            <numerusform>Scanning cancelled; %n document(s) stored before are kept.</numerusform>
            <numerusform>Scanning cancelled; %n document(s) stored before are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Done: %n document(s) stored in the batch.</source>
        <translation>
            <numerusform>Done: %n document(s) stored in the batch.</numerusform>
            <numerusform>Done: %n document(s) stored in the batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n could not be stored.</source>
        <translation>
            <numerusform>%n could not be stored.</numerusform>
            <numerusform>%n could not be stored.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>to check: %1</source>
        <translation>to check: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Reading the last pages and storing them...</source>
        <translation>Reading the last pages and storing them...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ScanPageStrip</name>
    <message>
        <location filename="../ui/batches/ScanPageStrip.cpp" line="+41" />
        <source>Turn left</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Turn the page a quarter anticlockwise (Shift+R)</source>
        <translation>Turn the page a quarter anticlockwise (Shift+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn the page a quarter clockwise (R)</source>
        <translation>Turn the page a quarter clockwise (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the page one place earlier (Ctrl+Left); pages can also be dragged</source>
        <translation>Put the page one place earlier (Ctrl+Left); pages can also be dragged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the page one place later (Ctrl+Right)</source>
        <translation>Put the page one place later (Ctrl+Right)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the page out before it is read (Del)</source>
        <translation>Take the page out before it is read (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan this page again; the new scan takes its place (Ctrl+R)</source>
        <translation>Scan this page again; the new scan takes its place (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanned pages</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page %1: back of sheet %2</source>
        <translation>Page %1: back of sheet %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1: sheet %2</source>
        <translation>Page %1: sheet %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Will be turned %1 degrees clockwise</source>
        <translation>Will be turned %1 degrees clockwise</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SearchPage</name>
    <message>
        <location filename="../ui/search/SearchPage.cpp" line="+36" />
        <source>Name, place, number or date - accents not needed (e.g. nguyen van an 2019)</source>
        <translation>Name, place, number or date - accents not needed (e.g. nguyen van an 2019)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Type in the box above; results appear as you type.</source>
        <translation>Type in the box above; results appear as you type.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing found. Check the spelling, or type fewer words.</source>
        <translation>Nothing found. Check the spelling, or type fewer words.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first %1 results; type more words to narrow the search.</source>
        <translation>The first %1 results; type more words to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n record(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n record(s) found. Enter opens the selected one.</numerusform>
            <numerusform>%n record(s) found. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/search/SearchResultModel.cpp" line="+70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+34" />
        <source>Scan in colour (grey is smaller and reads as well)</source>
        <translation>Scan in colour (grey is smaller and reads as well)</translation>
    </message>
    <message>
        <location line="+9" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never (not advised)</source>
        <translation>never (not advised)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one per processor core (%1)</source>
        <translation>one per processor core (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first scanner found</source>
        <translation>first scanner found</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Flatbed glass</source>
        <translation>Flatbed glass</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document feeder</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document feeder, both sides</source>
        <translation>Document feeder, both sides</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Lock after no use for:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;OCR workers:</source>
        <translation>&amp;OCR workers:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanner defaults</source>
        <translation>Scanner defaults</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper s&amp;ource:</source>
        <translation>Paper s&amp;ource:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Taught &amp;forms...</source>
        <translation>Taught &amp;forms...</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Taught forms</source>
        <translation>Taught forms</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+1" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/ShortcutsDialog.cpp" line="+16" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+24" />
        <source>In the verification station's fields</source>
        <translation>In the verification station's fields</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept the field and go to the next one that needs a look; on the last one, confirm the record</source>
        <translation>Accept the field and go to the next one that needs a look; on the last one, confirm the record</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the value read from the page</source>
        <translation>Put back the value read from the page</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+25" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SoHoa - Sign in</source>
        <translation>SoHoa - Sign in</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;SoHoa&lt;/b&gt; - digitised civil-status and land records</source>
        <translation>&lt;b&gt;SoHoa&lt;/b&gt; - digitised civil-status and land records</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location line="+2" />
        <source>Forgot the administrator password...</source>
        <translation>Forgot the administrator password...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set a new administrator password with the recovery code kept in the office safe.</source>
        <translation>Set a new administrator password with the recovery code kept in the office safe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open another store...</source>
        <translation>Open another store...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Type your account name.</source>
        <translation>Type your account name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the password...</source>
        <translation>Checking the password...</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The new password is set. Sign in with it; you will be asked to choose your own.</source>
        <translation>The new password is set. Sign in with it; you will be asked to choose your own.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::VerificationPage</name>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="+66" />
        <source>The batch whose records you verify</source>
        <translation>The batch whose records you verify</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records to verify</source>
        <translation>Records to verify</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All records of the batch</source>
        <translation>All records of the batch</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+857" />
        <source>Needs asking</source>
        <translation>Needs asking</translation>
    </message>
    <message>
        <location line="-836" />
        <source>&amp;Confirm record</source>
        <translation>&amp;Confirm record</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Next record</source>
        <translation>&amp;Next record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous record</source>
        <translation>&amp;Previous record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply the suggested &amp;fix</source>
        <translation>Apply the suggested &amp;fix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;uncertain character</source>
        <translation>Next &amp;uncertain character</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo the last confirmation</source>
        <translation>&amp;Undo the last confirmation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As &amp;written in the book</source>
        <translation>As &amp;written in the book</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs &amp;asking / take back</source>
        <translation>Needs &amp;asking / take back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next pa&amp;ge of the document</source>
        <translation>Next pa&amp;ge of the document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous pag&amp;e of the document</source>
        <translation>Previous pag&amp;e of the document</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Whole page</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;traightened page</source>
        <translation>S&amp;traightened page</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Straightened</source>
        <translation>Straightened</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the page as it was read: a photo straightened, the page turned upright (%1). The archived image is not changed.</source>
        <translation>Show the page as it was read: a photo straightened, the page turned upright (%1). The archived image is not changed.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&lt; Page</source>
        <translation>&lt; Page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &gt;</source>
        <translation>Page &gt;</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Choose a batch to verify.</source>
        <translation>Choose a batch to verify.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The page of the record appears here.</source>
        <translation>The page of the record appears here.</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%1 (%n to verify)</source>
        <translation>
            <numerusform>%1 (%n to verify)</numerusform>
            <numerusform>%1 (%n to verify)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91" />
        <source>No record of this batch is waiting for verification. Choose another batch, or "All records of the batch" to look at verified ones.</source>
        <translation>No record of this batch is waiting for verification. Choose another batch, or "All records of the batch" to look at verified ones.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Keyed twice with differences: resolve them under Key by hand, then confirm.</source>
        <translation>Keyed twice with differences: resolve them under Key by hand, then confirm.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This batch is keyed twice: another clerk still has to key this entry a second time.</source>
        <translation>This batch is keyed twice: another clerk still has to key this entry a second time.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs asking (set aside by %1): %2. F7 takes it back into the queue.</source>
        <translation>Needs asking (set aside by %1): %2. F7 takes it back into the queue.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Returned by %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+291" />
        <source>This record is approved and can no longer be changed.</source>
        <translation>This record is approved and can no longer be changed.</translation>
    </message>
    <message>
        <location line="-289" />
        <source>Verified by %1. A change sends it back for verification.</source>
        <translation>Verified by %1. A change sends it back for verification.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This record was keyed without a scanned page.</source>
        <translation>This record was keyed without a scanned page.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Page %1 of %2, straightened</source>
        <translation>Page %1 of %2, straightened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No record</source>
        <translation>No record</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 of %2 (no. %3)</source>
        <translation>Record %1 of %2 (no. %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <source>%n field(s) to check</source>
        <translation>
            <numerusform>%n field(s) to check</numerusform>
            <numerusform>%n field(s) to check</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing to check. Enter confirms the record.</source>
        <translation>Nothing to check. Enter confirms the record.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>There is no confirmation to undo.</source>
        <translation>There is no confirmation to undo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The confirmation of record %1 is undone; check it again.</source>
        <translation>The confirmation of record %1 is undone; check it again.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Your account cannot confirm records.</source>
        <translation>Your account cannot confirm records.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The two keyings of this entry differ. Resolve the differences under Key by hand first.</source>
        <translation>The two keyings of this entry differ. Resolve the differences under Key by hand first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This entry has not been keyed a second time yet; it can be confirmed once another clerk has keyed it.</source>
        <translation>This entry has not been keyed a second time yet; it can be confirmed once another clerk has keyed it.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Record %1 confirmed. Ctrl+Z takes the confirmation back.</source>
        <translation>Record %1 confirmed. Ctrl+Z takes the confirmation back.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>This field has no error to keep as written in the book.</source>
        <translation>This field has no error to keep as written in the book.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kept as written in the book; the supervisor will see the note.</source>
        <translation>Kept as written in the book; the supervisor will see the note.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What needs asking before this record can be finished?</source>
        <translation>What needs asking before this record can be finished?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write what needs asking.</source>
        <translation>Write what needs asking.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Record %1 is set aside under "Needs asking"; F7 there takes it back.</source>
        <translation>Record %1 is set aside under "Needs asking"; F7 there takes it back.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Record %1 is back in the records to verify.</source>
        <translation>Record %1 is back in the records to verify.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No record is left in this list.</source>
        <translation>No record is left in this list.</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Every record of this batch is verified. A supervisor can now review them.</source>
        <translation>Every record of this batch is verified. A supervisor can now review them.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This is the last record of the list.</source>
        <translation>This is the last record of the list.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This is the first record of the list.</source>
        <translation>This is the first record of the list.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no suggested fix for this field.</source>
        <translation>There is no suggested fix for this field.</translation>
    </message>
</context>
<context>
    <name>sohoa::validation</name>
    <message>
        <location filename="../core/validation/DateRules.cpp" line="+39" />
        <source>%1 (%2) must not be earlier than %3 (%4).</source>
        <translation>%1 (%2) must not be earlier than %3 (%4).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 (%2) must be before %3 (%4).</source>
        <translation>%1 (%2) must be before %3 (%4).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2) is only %3 years before %4 (%5); check it.</source>
        <translation>%1 (%2) is only %3 years before %4 (%5); check it.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2) is after today.</source>
        <translation>%1 (%2) is after today.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2) is after this year.</source>
        <translation>%1 (%2) is after this year.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 was %2 years old on %3 (%4); the legal minimum is %5.</source>
        <translation>%1 was %2 years old on %3 (%4); the legal minimum is %5.</translation>
    </message>
    <message>
        <location filename="../core/validation/LandRules.cpp" line="+92" />
        <source>%1: "%2" is not a number.</source>
        <translation>%1: "%2" is not a number.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 must be greater than zero (%2).</source>
        <translation>%1 must be greater than zero (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2) is implausibly large; check it.</source>
        <translation>%1 (%2) is implausibly large; check it.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: "%2" is not a land-type code of Circular 08/2024.</source>
        <translation>%1: "%2" is not a land-type code of Circular 08/2024.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: "%2" is an old land-type code; Circular 08/2024 uses %3.</source>
        <translation>%1: "%2" is an old land-type code; Circular 08/2024 uses %3.</translation>
    </message>
    <message>
        <location filename="../core/validation/NationalRules.cpp" line="+25" />
        <source>%1: "%2" is not in its list (%3).</source>
        <translation>%1: "%2" is not in its list (%3).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 must be a number: "%2".</source>
        <translation>%1 must be a number: "%2".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 ("%2") cannot be read as a date; check it against %3 (%4).</source>
        <translation>%1 ("%2") cannot be read as a date; check it against %3 (%4).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 says %2 but %3 is %4; one of them is wrong.</source>
        <translation>%1 says %2 but %3 is %4; one of them is wrong.</translation>
    </message>
    <message>
        <location filename="../core/validation/PersonalIdRules.cpp" line="+20" />
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+0" />
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 must contain digits only: "%2".</source>
        <translation>%1 must contain digits only: "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 must have 12 digits (or 9 for an old identity card); "%2" has %3.</source>
        <translation>%1 must have 12 digits (or 9 for an old identity card); "%2" has %3.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 must have 12 digits; "%2" has %3.</source>
        <translation>%1 must have 12 digits; "%2" has %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the first three digits (%2) are not a province code.</source>
        <translation>%1: the first three digits (%2) are not a province code.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the fourth digit (%2) is for a %3, but the record says %4.</source>
        <translation>%1: the fourth digit (%2) is for a %3, but the record says %4.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the fourth digit (%2) is for people born %3–%4, but the year of birth is %5.</source>
        <translation>%1: the fourth digit (%2) is for people born %3–%4, but the year of birth is %5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: digits 5–6 (%2) should be the last two digits of the year of birth %3.</source>
        <translation>%1: digits 5–6 (%2) should be the last two digits of the year of birth %3.</translation>
    </message>
    <message>
        <location filename="../core/validation/PlaceRules.cpp" line="+33" />
        <source>%1: "%2" is in no list of administrative units.</source>
        <translation>%1: "%2" is in no list of administrative units.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: "%2" is in no list of administrative units; did you mean %3?</source>
        <translation>%1: "%2" is in no list of administrative units; did you mean %3?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2 is a unit from before 1 July 2025; it now belongs to %3.</source>
        <translation>%1: %2 is a unit from before 1 July 2025; it now belongs to %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a unit the lists do not name</source>
        <translation>a unit the lists do not name</translation>
    </message>
    <message>
        <location filename="../core/validation/Validator.cpp" line="+90" />
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: "%2" is not a valid date.</source>
        <translation>%1: "%2" is not a valid date.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>%1: the year %2 is implausibly early.</source>
        <translation>%1: the year %2 is implausibly early.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1: "%2" is not a valid year.</source>
        <translation>%1: "%2" is not a valid year.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: "%2" is not a valid time (HH:MM).</source>
        <translation>%1: "%2" is not a valid time (HH:MM).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: "%2" is neither "long-term" nor a date.</source>
        <translation>%1: "%2" is neither "long-term" nor a date.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is typed in the %2 encoding; convert it to Unicode: "%3".</source>
        <translation>%1 is typed in the %2 encoding; convert it to Unicode: "%3".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not in Unicode NFC form (letters and marks stored apart); normalise it.</source>
        <translation>%1 is not in Unicode NFC form (letters and marks stored apart); normalise it.</translation>
    </message>
</context>
<context>
    <name>sohoa::workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+34" />
        <source>Record %1 is %2; it cannot be %3 now.</source>
        <translation>Record %1 is %2; it cannot be %3 now.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Record %1 was changed by someone else meanwhile; reload it.</source>
        <translation>Record %1 was changed by someone else meanwhile; reload it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+315" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' is not a field of a %2 record.</translation>
    </message>
    <message>
        <location line="-250" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record %1 is set aside as "needs asking"; take it back before confirming it.</source>
        <translation>Record %1 is set aside as "needs asking"; take it back before confirming it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 still has errors to fix: %2</source>
        <translation>Record %1 still has errors to fix: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>sent back for verification</source>
        <translation>sent back for verification</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 was confirmed by '%2'; only that account can undo the confirmation.</source>
        <translation>Record %1 was confirmed by '%2'; only that account can undo the confirmation.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Record %1 has errors: %2</source>
        <translation>Record %1 has errors: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record %1 has values the clerk confirmed as written in the book although they look wrong; approve only if you accept them: %2</source>
        <translation>Record %1 has values the clerk confirmed as written in the book although they look wrong; approve only if you accept them: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Record %1 has warnings that need your acknowledgement: %2</source>
        <translation>Record %1 has warnings that need your acknowledgement: %2</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Record %1 was verified by '%2'; another account must decide on it.</source>
        <translation>Record %1 was verified by '%2'; another account must decide on it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Say why the record is rejected.</source>
        <translation>Say why the record is rejected.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+42" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 has no such error any more; nothing to confirm as written.</source>
        <translation>Record %1 has no such error any more; nothing to confirm as written.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Write what needs asking.</source>
        <translation>Write what needs asking.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Record %1 is not set aside.</source>
        <translation>Record %1 is not set aside.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown record type '%1'.</source>
        <translation>Unknown record type '%1'.</translation>
    </message>
</context>
</TS>