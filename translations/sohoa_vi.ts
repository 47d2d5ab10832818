<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>sohoa::Json</name>
    <message>
        <location filename="../core/common/Json.cpp" line="+26" />
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Expected a JSON object.</source>
        <translation>Cần một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts</name>
    <message>
        <location filename="../core/accounts/AccountAdmin.cpp" line="+20" />
        <source>There is no account named '%1'.</source>
        <translation>Không có tài khoản nào tên '%1'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store is busy in another program; try again.</source>
        <translation>Kho dữ liệu đang được chương trình khác sử dụng; vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+74" />
        <location line="+45" />
        <location line="+87" />
        <source>With the recovery code you can only set a new administrator password.</source>
        <translation>Với mã khôi phục, chỉ được đặt lại mật khẩu cho tài khoản quản trị.</translation>
    </message>
    <message>
        <location line="-127" />
        <source>An account named '%1' already exists.</source>
        <translation>Đã có tài khoản tên '%1'.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Sign in with an account to change its password.</source>
        <translation>Hãy đăng nhập bằng tài khoản đó để đổi mật khẩu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>You cannot disable your own account.</source>
        <translation>Không thể tự khóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The last administrator cannot be disabled.</source>
        <translation>Không thể khóa tài khoản quản trị cuối cùng.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The last administrator cannot be given another role.</source>
        <translation>Không thể đổi vai trò của tài khoản quản trị cuối cùng.</translation>
    </message>
    <message>
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+13" />
        <source>The password must have at least %1 characters and not be one character repeated.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự và không được chỉ lặp lại một ký tự.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</source>
        <translation>Tên tài khoản gồm 1 đến 64 chữ cái, chữ số, '.', '_' hoặc '-' (ví dụ lan.nguyen).</translation>
    </message>
    <message>
        <location filename="../core/accounts/Session.cpp" line="+27" />
        <source>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>Sai tên tài khoản hoặc mật khẩu. Nhập sai %1 lần liên tiếp, tài khoản sẽ bị khóa %2 phút.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>Tài khoản đang bị khóa do nhập sai mật khẩu nhiều lần, đến %1. Vui lòng thử lại sau thời điểm đó, hoặc đề nghị quản trị viên đặt lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../core/accounts/StoreSetup.cpp" line="+66" />
        <source>%1 exists and is not a folder; choose another place for the store.</source>
        <translation>%1 đã tồn tại và không phải là thư mục; hãy chọn nơi khác để đặt kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</source>
        <translation>Thư mục %1 không trống. Kho dữ liệu mới chỉ được tạo trong thư mục mới hoặc trống, để không ghi đè lên dữ liệu đang có.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the folder %1. Check the path and permissions.</source>
        <translation>Không tạo được thư mục %1. Hãy kiểm tra đường dẫn và quyền ghi.</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts::Session</name>
    <message>
        <location filename="../core/accounts/Session.cpp" line="+59" />
        <source>The account '%1' (%2) is not allowed to do this (%3).</source>
        <translation>Tài khoản '%1' (%2) không có quyền thực hiện thao tác này (%3).</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+63" />
        <source>There is no SoHoa store at %1.</source>
        <translation>Không có kho dữ liệu SoHoa tại %1.</translation>
    </message>
    <message>
        <location line="-57" />
        <location line="+67" />
        <source>The store is busy in another program; try again.</source>
        <translation>Kho dữ liệu đang được chương trình khác sử dụng; vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="-6" />
        <source>This is not a valid recovery code (a character is mistyped or missing).</source>
        <translation>Mã khôi phục không hợp lệ (có ký tự gõ sai hoặc bị thiếu).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This store has no recovery code.</source>
        <translation>Kho dữ liệu này không có mã khôi phục.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The recovery code does not open this store.</source>
        <translation>Mã khôi phục không mở được kho dữ liệu này.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The account '%1' is disabled. Ask an administrator.</source>
        <translation>Tài khoản '%1' đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.</translation>
    </message>
</context>
<context>
    <name>sohoa::audit</name>
    <message>
        <location filename="../core/audit/AuditChain.cpp" line="+108" />
        <source>entry %1 is missing (next entry is %2)</source>
        <translation>thiếu mục %1 (mục tiếp theo là %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>entry %1 is out of order</source>
        <translation>mục %1 bị sai thứ tự</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 has unreadable details</source>
        <translation>mục %1 có nội dung không đọc được</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 details were rewritten</source>
        <translation>nội dung mục %1 đã bị ghi lại</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</source>
        <translation>mục %1 không nối với mục %2 (có mục bị xóa, chèn thêm hoặc đảo thứ tự)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 was changed after it was written</source>
        <translation>mục %1 đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <location line="+15" />
        <source>entries %1 to %2 were deleted</source>
        <translation>các mục từ %1 đến %2 đã bị xóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the last entry does not match the recorded head of the chain</source>
        <translation>mục cuối cùng không khớp với đầu chuỗi đã ghi nhận</translation>
    </message>
</context>
<context>
    <name>sohoa::batches</name>
    <message>
        <location filename="../core/batches/BatchRepository.cpp" line="+34" />
        <source>There is no such batch.</source>
        <translation>Không có lô hồ sơ này.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>A batch needs a name of 1 to 200 characters.</source>
        <translation>Tên lô hồ sơ phải dài từ 1 đến 200 ký tự.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A batch named '%1' already exists.</source>
        <translation>Đã có lô hồ sơ tên '%1'.</translation>
    </message>
    <message>
        <location filename="../core/batches/DocumentRepository.cpp" line="+141" />
        <source>There is no document %1.</source>
        <translation>Không có tài liệu %1.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>There is no image for page %1.</source>
        <translation>Không có ảnh của trang %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Page %1 has no OCR result.</source>
        <translation>Trang %1 chưa có kết quả nhận dạng chữ.</translation>
    </message>
</context>
<context>
    <name>sohoa::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+20" />
        <source>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</source>
        <translation>Kiểm tra chuỗi băm của nhật ký. Mã thoát 1 kèm số của mục hỏng đầu tiên.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit trail intact: %1 entries.
</source>
        <translation>Nhật ký toàn vẹn: %1 mục.
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>NHẬT KÝ BỊ HỎNG tại mục %1: %2
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List audit entries, oldest first.</source>
        <translation>Liệt kê các mục nhật ký, cũ nhất trước.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this account.</source>
        <translation>Chỉ tài khoản này.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/StoreCommands.cpp" line="+32" />
        <location line="+45" />
        <location filename="../app/cli/UserCommands.cpp" line="+31" />
        <location line="+69" />
        <location line="+65" />
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this entity, e.g. record:42.</source>
        <translation>Chỉ đối tượng này, ví dụ record:42.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ENTITY</source>
        <translation>ĐỐI_TƯỢNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only actions starting with this, e.g. record.</source>
        <translation>Chỉ các thao tác bắt đầu bằng chuỗi này, ví dụ record.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PREFIX</source>
        <translation>TIỀN_TỐ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From this time (ISO 8601, UTC).</source>
        <translation>Từ thời điểm này (ISO 8601, giờ UTC).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>TIME</source>
        <translation>THỜI_ĐIỂM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Up to this time (ISO 8601, UTC).</source>
        <translation>Đến thời điểm này (ISO 8601, giờ UTC).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most this many entries.</source>
        <translation>Tối đa bấy nhiêu mục.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+35" />
        <source>check the audit trail's hash chain</source>
        <translation>kiểm tra chuỗi băm của nhật ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list audit entries</source>
        <translation>liệt kê nhật ký</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+27" />
        <source>SoHoa %1 - digitise civil-status books and land certificates offline.

Usage: sohoa-cli COMMAND [OPTIONS] [ARGS]

Commands:
</source>
        <translation>SoHoa %1 - số hóa sổ hộ tịch và giấy chứng nhận quyền sử dụng đất, không cần mạng.

Cách dùng: sohoa-cli LỆNH [TÙY CHỌN] [THAM SỐ]

Các lệnh:
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
Tùy chọn chung:
  --store PATH           thư mục kho dữ liệu
  --user NAME            tài khoản đăng nhập (hoặc SOHOA_USER)
  --password-file FILE   tệp có dòng đầu là mật khẩu, '-' để đọc từ stdin
                         (hoặc SOHOA_PASSWORD)
  --json                 xuất JSON (từng dòng) cho chương trình khác
  --lang vi|en           ngôn ngữ thông báo (mặc định vi, hoặc SOHOA_LANG)

Mã thoát: 0 thành công, 1 thất bại, 2 sai cú pháp, 3 có tệp đầu vào không đọc được.
'sohoa-cli LỆNH --help' mô tả một lệnh.
</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Unknown command '%1'. Run 'sohoa-cli --help' for the list.
</source>
        <translation>Không có lệnh '%1'. Chạy 'sohoa-cli --help' để xem danh sách lệnh.
</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-55" />
        <location filename="../app/cli/UserCommands.cpp" line="-144" />
        <source>Password hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Mức độ băm mật khẩu: interactive, moderate (mặc định) hoặc sensitive.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/UserCommands.cpp" line="+0" />
        <source>PROFILE</source>
        <translation>MỨC</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</source>
        <translation>Tạo kho dữ liệu mã hóa mới cùng tài khoản quản trị đầu tiên. Mật khẩu lấy từ --password-file hoặc SOHOA_PASSWORD. In ra mã khôi phục (chỉ hiện một lần).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name of the first administrator account.</source>
        <translation>Tên tài khoản quản trị đầu tiên.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>store init needs --store PATH.</source>
        <translation>Lệnh store init cần --store PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>store init needs --admin NAME.</source>
        <translation>Lệnh store init cần --admin NAME.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/cli/UserCommands.cpp" line="+120" />
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Creating the store (deriving the key takes a moment)...
</source>
        <translation>Đang tạo kho dữ liệu (tạo khóa mất một chút thời gian)...
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store created at %1 with administrator '%2'.

RECOVERY CODE (shown only now; write it down and keep it in the commune's safe):

    %3

It opens the store if every administrator password is lost.
</source>
        <translation>Đã tạo kho dữ liệu tại %1 với tài khoản quản trị '%2'.

MÃ KHÔI PHỤC (chỉ hiện lần này; hãy ghi lại và cất trong tủ an toàn của xã):

    %3

Mã này dùng để mở kho dữ liệu khi quên hết mật khẩu quản trị.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open the store with the recovery code and set a new password for an administrator account. The use is recorded in the audit trail.</source>
        <translation>Mở kho dữ liệu bằng mã khôi phục và đặt mật khẩu mới cho một tài khoản quản trị. Việc sử dụng mã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File holding the recovery code ('-' = stdin).</source>
        <translation>Tệp chứa mã khôi phục ('-' = stdin).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location filename="../app/cli/UserCommands.cpp" line="-108" />
        <location line="+68" />
        <location line="+32" />
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Administrator account to set the password of.</source>
        <translation>Tài khoản quản trị cần đặt mật khẩu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File holding the new password (or SOHOA_NEW_PASSWORD).</source>
        <translation>Tệp chứa mật khẩu mới (hoặc SOHOA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>store recover needs --store PATH and --admin NAME.</source>
        <translation>Lệnh store recover cần --store PATH và --admin NAME.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>recovery code</source>
        <translation>mã khôi phục</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../app/cli/UserCommands.cpp" line="-87" />
        <location line="+67" />
        <location line="+32" />
        <source>new password</source>
        <translation>mật khẩu mới</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/UserCommands.cpp" line="-21" />
        <source>New password set for '%1'.
</source>
        <translation>Đã đặt mật khẩu mới cho '%1'.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>create a new encrypted store and its first administrator</source>
        <translation>tạo kho dữ liệu mã hóa mới và tài khoản quản trị đầu tiên</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set an administrator password with the recovery code</source>
        <translation>đặt mật khẩu quản trị bằng mã khôi phục</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="-96" />
        <source>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</source>
        <translation>Thêm tài khoản (chỉ quản trị viên). Mật khẩu của tài khoản mới lấy từ --new-password-file hoặc SOHOA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account name, e.g. lan.nguyen.</source>
        <translation>Tên tài khoản, ví dụ lan.nguyen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clerk, supervisor or admin.</source>
        <translation>clerk (cán bộ nhập liệu), supervisor (người phê duyệt) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File holding the new account's password.</source>
        <translation>Tệp chứa mật khẩu của tài khoản mới.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>user add needs --name NAME and --role clerk|supervisor|admin.</source>
        <translation>Lệnh user add cần --name NAME và --role clerk|supervisor|admin.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Account '%1' (%2) added.
</source>
        <translation>Đã thêm tài khoản '%1' (%2).
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>List the store's accounts.</source>
        <translation>Liệt kê các tài khoản của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(disabled)</source>
        <translation>(đã khóa)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</source>
        <translation>Đặt mật khẩu mới cho tài khoản khác (chỉ quản trị viên); chủ tài khoản phải đổi mật khẩu ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Account name.</source>
        <translation>Tên tài khoản.</translation>
    </message>
    <message>
        <location line="-64" />
        <location line="+32" />
        <source>File holding the new password.</source>
        <translation>Tệp chứa mật khẩu mới.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>user reset-password needs --name NAME.</source>
        <translation>Lệnh user reset-password cần --name NAME.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Change the signed-in account's own password.</source>
        <translation>Đổi mật khẩu của tài khoản đang đăng nhập.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Password changed.
</source>
        <translation>Đã đổi mật khẩu.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enable an account.</source>
        <translation>Mở khóa tài khoản.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disable an account (it can no longer sign in).</source>
        <translation>Khóa tài khoản (không thể đăng nhập nữa).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the account with --name NAME.</source>
        <translation>Hãy chỉ rõ tài khoản bằng --name NAME.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Account '%1' enabled.
</source>
        <translation>Đã mở khóa tài khoản '%1'.
</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account '%1' disabled.
</source>
        <translation>Đã khóa tài khoản '%1'.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>add an account (admin)</source>
        <translation>thêm tài khoản (quản trị)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list accounts</source>
        <translation>liệt kê tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>set another account's password (admin)</source>
        <translation>đặt mật khẩu cho tài khoản khác (quản trị)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change your own password</source>
        <translation>đổi mật khẩu của mình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disable an account (admin)</source>
        <translation>khóa tài khoản (quản trị)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enable an account (admin)</source>
        <translation>mở khóa tài khoản (quản trị)</translation>
    </message>
</context>
<context>
    <name>sohoa::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+50" />
        <source>Print JSON (Lines) for programs.</source>
        <translation>Xuất JSON (từng dòng) cho chương trình khác.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store folder (or SOHOA_STORE).</source>
        <translation>Thư mục kho dữ liệu (hoặc SOHOA_STORE).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account to sign in as (or SOHOA_USER).</source>
        <translation>Tài khoản đăng nhập (hoặc SOHOA_USER).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</source>
        <translation>Tệp có dòng đầu là mật khẩu; '-' để đọc từ stdin (hoặc SOHOA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show this help.</source>
        <translation>Hiện hướng dẫn này.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No %1 given: use the file option or set %2.</source>
        <translation>Chưa có %1: hãy dùng tùy chọn tệp hoặc đặt biến %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot read the %1 from %2: %3</source>
        <translation>Không đọc được %1 từ %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The %1 file %2 is empty.</source>
        <translation>Tệp %1 %2 trống.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No store given: use --store PATH or set SOHOA_STORE.</source>
        <translation>Chưa chỉ định kho dữ liệu: dùng --store PATH hoặc đặt biến SOHOA_STORE.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No account given: use --user NAME or set SOHOA_USER.</source>
        <translation>Chưa chỉ định tài khoản: dùng --user NAME hoặc đặt biến SOHOA_USER.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Run with --help for usage.
</source>
        <translation>Chạy với --help để xem cách dùng.
</translation>
    </message>
</context>
<context>
    <name>sohoa::crypto</name>
    <message>
        <location filename="../core/crypto/KeyWrap.cpp" line="+16" />
        <source>Decryption failed: wrong key or altered data.</source>
        <translation>Giải mã thất bại: sai khóa hoặc dữ liệu đã bị sửa đổi.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PasswordKdf.cpp" line="+35" />
        <source>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</source>
        <translation>Không có mức băm '%1' (dùng interactive, moderate hoặc sensitive).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>Tệp khóa chứa thông số tạo khóa không hợp lệ.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu (cần %1 MiB).</translation>
    </message>
    <message>
        <location filename="../core/crypto/SealedBox.cpp" line="+37" />
        <source>Sealed data is malformed.</source>
        <translation>Dữ liệu niêm phong bị sai định dạng.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sealed data could not be opened.</source>
        <translation>Không mở được dữ liệu niêm phong.</translation>
    </message>
</context>
<context>
    <name>sohoa::records</name>
    <message>
        <location filename="../core/records/RecordRepository.cpp" line="+145" />
        <location line="+55" />
        <source>There is no record %1.</source>
        <translation>Không có bản ghi %1.</translation>
    </message>
    <message>
        <location filename="../core/records/RecordType.cpp" line="+45" />
        <source>Invalid record type definition: %1</source>
        <translation>Định nghĩa loại hồ sơ không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>sohoa::search</name>
    <message>
        <location filename="../core/search/Duplicates.cpp" line="+19" />
        <source>Probably the same event as record %1.</source>
        <translation>Có thể trùng với sự kiện của bản ghi %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::store</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+27" />
        <source>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</source>
        <translation>Ổ đĩa đã đầy: thao tác vừa rồi chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This file is not a SoHoa store, its header is damaged, or the key is wrong.</source>
        <translation>Tệp này không phải kho dữ liệu SoHoa, phần đầu tệp bị hỏng, hoặc khóa không đúng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store is damaged (%1). Restore it from the latest backup.</source>
        <translation>Kho dữ liệu bị hỏng (%1). Hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store file cannot be opened or created (%1). Check the folder exists and is writable.</source>
        <translation>Không mở hoặc tạo được tệp kho dữ liệu (%1). Hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The store cannot be written (%1). Check the folder's permissions.</source>
        <translation>Không ghi được vào kho dữ liệu (%1). Hãy kiểm tra quyền của thư mục.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store is busy in another program; try again in a moment.</source>
        <translation>Kho dữ liệu đang được chương trình khác sử dụng; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The disk reported an error (%1). Nothing from this step was saved.</source>
        <translation>Ổ đĩa báo lỗi (%1). Thao tác vừa rồi chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not enough memory.</source>
        <translation>Không đủ bộ nhớ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store error: %1</source>
        <translation>Lỗi kho dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+27" />
        <source>The store's key file is damaged (%1). Restore the store folder from a backup.</source>
        <translation>Tệp khóa của kho dữ liệu bị hỏng (%1). Hãy khôi phục thư mục kho từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+49" />
        <source>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</source>
        <translation>Kho dữ liệu này do phiên bản SoHoa mới hơn tạo ra (lược đồ %1; phiên bản này chỉ đọc được đến %2). Kho không bị thay đổi. Hãy cài phiên bản SoHoa mới hơn để mở.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Nâng cấp kho dữ liệu lên lược đồ %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>sohoa::store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+15" />
        <source>No store at %1.</source>
        <translation>Không có kho dữ liệu tại %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file already exists at %1.</source>
        <translation>Đã có tệp tại %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store key has the wrong size.</source>
        <translation>Khóa kho dữ liệu có độ dài không đúng.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</source>
        <translation>Bản dựng SoHoa này dùng SQLite thường thay vì SQLCipher; từ chối lưu dữ liệu không mã hóa.</translation>
    </message>
</context>
<context>
    <name>sohoa::store::Keyring</name>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+33" />
        <source>No SoHoa store here: %1 is missing.</source>
        <translation>Không có kho dữ liệu SoHoa ở đây: thiếu %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>file too large</source>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a SoHoa key file</source>
        <translation>không phải tệp khóa của SoHoa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</source>
        <translation>Kho dữ liệu này do phiên bản SoHoa mới hơn tạo ra (tệp khóa phiên bản %1). Hãy cài phiên bản SoHoa mới hơn để mở.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>store identity missing</source>
        <translation>thiếu định danh kho dữ liệu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a key slot is incomplete</source>
        <translation>một ô khóa bị thiếu thông tin</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not save the key file %1 (%2); the previous one is unchanged.</source>
        <translation>Không lưu được tệp khóa %1 (%2); tệp cũ vẫn giữ nguyên.</translation>
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
        <translation>Đã đăng nhập: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+19" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SoHoa - Sign in</source>
        <translation>SoHoa - Đăng nhập</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store:</source>
        <translation>Kho dữ liệu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Account:</source>
        <translation>&amp;Tài khoản:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Checking the password...</source>
        <translation>Đang kiểm tra mật khẩu...</translation>
    </message>
</context>
<context>
    <name>sohoa::validation</name>
    <message>
        <location filename="../core/validation/Validator.cpp" line="+29" />
        <source>%1 is required.</source>
        <translation>Chưa có %1 (bắt buộc).</translation>
    </message>
</context>
<context>
    <name>sohoa::workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+32" />
        <source>Record %1 is %2; it cannot be %3 now.</source>
        <translation>Bản ghi %1 đang ở trạng thái %2; lúc này không thể %3.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Record %1 was changed by someone else meanwhile; reload it.</source>
        <translation>Bản ghi %1 vừa được người khác sửa; hãy tải lại.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>edited</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+154" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' không phải là trường của hồ sơ %2.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>confirmed</source>
        <translation>xác nhận</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record %1 still has errors to fix: %2.</source>
        <translation>Bản ghi %1 còn lỗi cần sửa: %2.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Record %1 was verified by '%2'; another account must decide on it.</source>
        <translation>Bản ghi %1 do '%2' kiểm tra; phải do tài khoản khác phê duyệt.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>approved</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record %1 has errors: %2.</source>
        <translation>Bản ghi %1 có lỗi: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record %1 has warnings that need your acknowledgement: %2.</source>
        <translation>Bản ghi %1 có cảnh báo cần anh/chị xác nhận đã xem: %2.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Say why the record is rejected.</source>
        <translation>Hãy ghi lý do trả lại bản ghi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>rejected</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Unknown record type '%1'.</source>
        <translation>Không có loại hồ sơ '%1'.</translation>
    </message>
</context>
</TS>