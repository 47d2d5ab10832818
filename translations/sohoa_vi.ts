<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/common/QtStrings.cpp" line="+33" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Bạn có chắc muốn xóa '%1' không?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-53" />
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>sohoa::accounts</name>
    <message>
        <location filename="../core/accounts/AccountAdmin.cpp" line="+22" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="+71" />
        <source>There is no account named '%1'.</source>
        <translation>Không có tài khoản nào tên '%1'.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="-49" />
        <location filename="../core/accounts/KeyRotation.cpp" line="+116" />
        <location filename="../core/accounts/Session.cpp" line="+180" />
        <location line="+75" />
        <location line="+73" />
        <source>The store is busy in another program; try again.</source>
        <translation>Kho dữ liệu đang được chương trình khác sử dụng; vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+87" />
        <location line="+39" />
        <location line="+123" />
        <location line="+28" />
        <location filename="../core/accounts/AccountDeletion.cpp" line="+43" />
        <source>With the recovery code you can only set a new administrator password.</source>
        <translation>Với mã khôi phục, chỉ được đặt lại mật khẩu cho tài khoản quản trị.</translation>
    </message>
    <message>
        <location line="-184" />
        <source>An account named '%1' already exists.</source>
        <translation>Đã có tài khoản tên '%1'.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The account '%1' is disabled. Enable it first (it then gets a new password).</source>
        <translation>Tài khoản '%1' đang bị khóa. Hãy mở khóa tài khoản trước (khi đó tài khoản được đặt mật khẩu mới).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Sign in with an account to change its password.</source>
        <translation>Hãy đăng nhập bằng tài khoản đó để đổi mật khẩu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The account '%1' has no password since it was disabled. Enable it with a new password.</source>
        <translation>Tài khoản '%1' không còn mật khẩu kể từ khi bị khóa. Hãy mở khóa tài khoản kèm một mật khẩu mới.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You cannot disable your own account.</source>
        <translation>Không thể tự khóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last administrator cannot be disabled.</source>
        <translation>Không thể khóa tài khoản quản trị cuối cùng.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The account '%1' is not disabled.</source>
        <translation>Tài khoản '%1' không bị khóa.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The last administrator cannot be given another role.</source>
        <translation>Không thể đổi vai trò của tài khoản quản trị cuối cùng.</translation>
    </message>
    <message>
        <location filename="../core/accounts/PasswordPolicy.cpp" line="+16" />
        <source>The password must have at least %1 characters and not be one character repeated.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự và không được chỉ lặp lại một ký tự.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account names have 1 to 64 letters, digits, '.', '_' or '-' (for example lan.nguyen).</source>
        <translation>Tên tài khoản gồm 1 đến 64 chữ cái, chữ số, '.', '_' hoặc '-' (ví dụ lan.nguyen).</translation>
    </message>
    <message>
        <location filename="../core/accounts/Session.cpp" line="-299" />
        <source>Wrong account name or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>Sai tên tài khoản hoặc mật khẩu. Nhập sai %1 lần liên tiếp, tài khoản sẽ bị khóa %2 phút.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>Tài khoản đang bị khóa do nhập sai mật khẩu nhiều lần, đến %1. Vui lòng thử lại sau thời điểm đó, hoặc đề nghị quản trị viên đặt lại mật khẩu.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The store's key file was changed by a program other than SoHoa (%1). Nobody can sign in until an administrator restores the store folder from a backup.</source>
        <translation>Tệp khóa của kho dữ liệu đã bị một chương trình khác ngoài SoHoa sửa đổi (%1). Không ai đăng nhập được cho đến khi quản trị viên khôi phục thư mục kho dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The account '%1' has a password set by an administrator. Choose your own password first (in SoHoa, or with: sohoa-cli user passwd).</source>
        <translation>Tài khoản '%1' đang dùng mật khẩu do quản trị viên đặt. Hãy đặt mật khẩu của riêng bạn trước (trong SoHoa, hoặc bằng lệnh: sohoa-cli user passwd).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The account '%1' (%2) is not allowed to do this (%3).</source>
        <translation>Tài khoản '%1' (%2) không có quyền thực hiện thao tác này (%3).</translation>
    </message>
    <message>
        <location line="+47" />
        <location line="+71" />
        <source>There is no SoHoa store at %1.</source>
        <translation>Không có kho dữ liệu SoHoa tại %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a valid recovery code (a character is mistyped or missing).</source>
        <translation>Mã khôi phục không hợp lệ (có ký tự gõ sai hoặc bị thiếu).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This store has no recovery code.</source>
        <translation>Kho dữ liệu này không có mã khôi phục.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The recovery code does not open this store.</source>
        <translation>Mã khôi phục không mở được kho dữ liệu này.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The account '%1' is disabled. Ask an administrator.</source>
        <translation>Tài khoản '%1' đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>its integrity seal was removed</source>
        <translation>dấu niêm phong toàn vẹn của tệp đã bị gỡ bỏ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its integrity seal does not match</source>
        <translation>dấu niêm phong toàn vẹn của tệp không khớp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is older than the store</source>
        <translation>tệp cũ hơn kho dữ liệu</translation>
    </message>
    <message>
        <location line="+109" />
        <source>the key slot of this account is missing</source>
        <translation>thiếu ô khóa của tài khoản này</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a signing key does not open with this password</source>
        <translation>một khóa ký không mở được bằng mật khẩu này</translation>
    </message>
    <message>
        <location filename="../core/accounts/StoreSetup.cpp" line="+66" />
        <source>%1 exists and is not a folder; choose another place for the store.</source>
        <translation>%1 đã tồn tại và không phải là thư mục; hãy chọn nơi khác để đặt kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not empty. A new store is only created in a new or empty folder, so nothing existing is ever overwritten.</source>
        <translation>Thư mục %1 không trống. Kho dữ liệu mới chỉ được tạo trong thư mục mới hoặc trống, để không ghi đè lên dữ liệu đang có.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot create the folder %1. Check the path and permissions.</source>
        <translation>Không tạo được thư mục %1. Hãy kiểm tra đường dẫn và quyền ghi.</translation>
    </message>
    <message>
        <location filename="../core/accounts/KeyRotation.cpp" line="-20" />
        <source>Could not finish the interrupted key change in %1.</source>
        <translation>Không hoàn tất được việc đổi khóa bị gián đoạn tại %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Neither the store nor its pending key change opens with this key.</source>
        <translation>Khóa này không mở được kho dữ liệu, cũng không mở được lần đổi khóa đang dở dang.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sign in with an administrator account to change the store key.</source>
        <translation>Hãy đăng nhập bằng tài khoản quản trị viên để đổi khóa kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>An import, a sync or another window still uses the store; change the key when it has finished.</source>
        <translation>Một lượt nhập, một lượt đồng bộ hoặc một cửa sổ khác vẫn đang dùng kho dữ liệu; hãy đổi khóa khi việc đó đã xong.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The re-encrypted copy failed its check.</source>
        <translation>Bản sao đã mã hóa lại không vượt qua bước kiểm tra.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The re-encrypted copy is incomplete.</source>
        <translation>Bản sao đã mã hóa lại không đầy đủ.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Could not put the re-encrypted store in place; it will be finished at the next sign-in.</source>
        <translation>Không đưa được kho dữ liệu đã mã hóa lại vào vị trí; việc này sẽ được hoàn tất ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../core/accounts/IdleLockPolicy.cpp" line="+36" />
        <source>The idle lock must be between 1 and %1 minutes.</source>
        <translation>Thời gian tự khóa khi không sử dụng phải từ 1 đến %1 phút.</translation>
    </message>
    <message>
        <location filename="../core/accounts/AccountDeletion.cpp" line="-11" />
        <source>An account named '%1' existed and was deleted; its history keeps that name. Choose another name.</source>
        <translation>Tài khoản tên '%1' đã từng tồn tại và đã bị xóa; lịch sử của tài khoản đó vẫn mang tên này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>You cannot delete your own account.</source>
        <translation>Bạn không thể xóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The last administrator cannot be deleted.</source>
        <translation>Không thể xóa quản trị viên cuối cùng.</translation>
    </message>
</context>
<context>
    <name>sohoa::audit</name>
    <message>
        <location filename="../core/audit/AuditChain.cpp" line="+159" />
        <source>the roster of signing keys was changed: %1</source>
        <translation>danh sách khóa ký đã bị thay đổi: %1</translation>
    </message>
    <message>
        <location line="+39" />
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
        <location line="+5" />
        <source>entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)</source>
        <translation>mục %1 không nối với mục %2 (có mục bị xóa, chèn thêm hoặc đảo thứ tự)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 was changed after it was written</source>
        <translation>mục %1 đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 claims that the system did '%2', which only an account does</source>
        <translation>mục %1 ghi rằng hệ thống đã thực hiện '%2', việc mà chỉ một tài khoản mới làm</translation>
    </message>
    <message>
        <location line="+8" />
        <source>entry %1 ('%2' by %3) was written after %3's account was disabled</source>
        <translation>mục %1 ('%2' do %3) được ghi sau khi tài khoản %3 bị khóa</translation>
    </message>
    <message>
        <location line="+6" />
        <source>entry %1 ('%2' by %3) is not signed with %3's key</source>
        <translation>mục %1 ('%2' do %3 thực hiện) không được ký bằng khóa của %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>entry %1 ('%2' by %3) is not signed: %3 has no key in the roster</source>
        <translation>mục %1 ('%2' do %3 thực hiện) không có chữ ký: %3 không có khóa trong danh sách khóa</translation>
    </message>
    <message>
        <location line="+18" />
        <source>entries %1 to %2 were deleted</source>
        <translation>các mục từ %1 đến %2 đã bị xóa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the last entry does not match the recorded head of the chain</source>
        <translation>mục cuối cùng không khớp với đầu chuỗi đã ghi nhận</translation>
    </message>
    <message>
        <location filename="../core/audit/Roster.cpp" line="+193" />
        <location line="+72" />
        <source>The signing key of '%1' is not available; sign in again.</source>
        <translation>Khóa ký của '%1' không sẵn có; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the roster entry of '%1' has no valid public key</source>
        <translation>mục danh sách khóa của '%1' không có khóa công khai hợp lệ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the roster entry of '%1' is not signed by an administrator</source>
        <translation>mục danh sách khóa của '%1' chưa được quản trị viên ký</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the roster entry of '%1' has a wrong signature</source>
        <translation>mục danh sách khóa của '%1' có chữ ký sai</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no administrator is at the root of the roster</source>
        <translation>không có quản trị viên nào đứng đầu danh sách khóa</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the roster entry of '%1' is signed by '%2', who is not an administrator with that key</source>
        <translation>mục danh sách khóa của '%1' được ký bởi '%2', người này không phải quản trị viên giữ khóa đó</translation>
    </message>
</context>
<context>
    <name>sohoa::backup</name>
    <message>
        <location filename="../core/backup/BackupFile.cpp" line="+24" />
        <source>The backup %1 is damaged or incomplete (%2). Use another copy.</source>
        <translation>Bản sao lưu %1 bị hỏng hoặc không đầy đủ (%2). Hãy dùng bản sao lưu khác.</translation>
    </message>
    <message>
        <location line="+67" />
        <location line="+43" />
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+67" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Could not write the backup %1 (%2). The disk may be full; the store is unchanged.</source>
        <translation>Không ghi được bản sao lưu %1 (%2). Có thể ổ đĩa đã đầy; kho dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a SoHoa backup.</source>
        <translation>%1 không phải là bản sao lưu SoHoa.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>header</source>
        <translation>phần đầu tệp</translation>
    </message>
    <message>
        <location line="-2" />
        <source>This backup was made by a newer SoHoa (format %1). Install it to restore.</source>
        <translation>Bản sao lưu này được tạo bằng phiên bản SoHoa mới hơn (định dạng %1). Hãy cài phiên bản đó để khôi phục.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>manifest</source>
        <translation>bảng kê</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>key file</source>
        <translation>tệp khóa</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+12" />
        <location line="+12" />
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-21" />
        <source>database length</source>
        <translation>độ dài cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not write %1 (%2). The disk may be full.</source>
        <translation>Không ghi được %1 (%2). Có thể ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checksum</source>
        <translation>mã kiểm tra</translation>
    </message>
    <message>
        <location filename="../core/backup/StoreBackup.cpp" line="+36" />
        <source>Could not read the store's counts.</source>
        <translation>Không đọc được số liệu thống kê của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 already exists; choose another name so no backup is overwritten.</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác để không ghi đè lên bản sao lưu nào.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot read the store's key file.</source>
        <translation>Không đọc được tệp khóa của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backup</source>
        <translation>sao lưu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>copying the database</source>
        <translation>đang sao chép cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 already holds files. Restore into a new folder, or ask to replace it: the existing store is then kept beside it, renamed.</source>
        <translation>%1 đã có tệp. Hãy khôi phục vào một thư mục mới, hoặc chọn thay thế: khi đó kho dữ liệu hiện có được giữ lại bên cạnh, dưới tên khác.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only an administrator of the store at %1 may replace it with a backup.</source>
        <translation>Chỉ quản trị viên của kho dữ liệu tại %1 mới được thay kho này bằng một bản sao lưu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create %1.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only an administrator may restore a backup; '%1' is not one in this backup.</source>
        <translation>Chỉ quản trị viên mới được khôi phục bản sao lưu; '%1' không phải là quản trị viên trong bản sao lưu này.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The restored database failed its integrity check.</source>
        <translation>Cơ sở dữ liệu đã khôi phục không vượt qua bước kiểm tra tính toàn vẹn.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The audit trail in the backup is broken at entry %1.</source>
        <translation>Nhật ký kiểm toán trong bản sao lưu bị hỏng tại mục %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup holds fewer records than it says.</source>
        <translation>Bản sao lưu chứa ít bản ghi hơn số đã ghi nhận.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot move the existing store %1 aside.</source>
        <translation>Không chuyển được kho dữ liệu hiện có %1 sang chỗ khác.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot move the restored store to %1.</source>
        <translation>Không chuyển được kho dữ liệu đã khôi phục đến %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::batches</name>
    <message>
        <location filename="../core/batches/BatchRepository.cpp" line="+27" />
        <source>There is no such batch.</source>
        <translation>Không có lô hồ sơ này.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A batch needs a name of 1 to 200 characters.</source>
        <translation>Tên lô hồ sơ phải dài từ 1 đến 200 ký tự.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A batch named '%1' already exists.</source>
        <translation>Đã có lô hồ sơ tên '%1'.</translation>
    </message>
    <message>
        <location filename="../core/batches/DocumentRepository.cpp" line="+70" />
        <source>The image of page %1 waiting to be stored is missing; the document was not stored.</source>
        <translation>Ảnh của trang %1 đang chờ lưu đã bị mất; tài liệu không được lưu.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>There is no document %1.</source>
        <translation>Không có tài liệu %1.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>There is no image for page %1.</source>
        <translation>Không có ảnh của trang %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Page %1 has no OCR result.</source>
        <translation>Trang %1 chưa có kết quả nhận dạng chữ.</translation>
    </message>
</context>
<context>
    <name>sohoa::capture</name>
    <message>
        <location filename="../core/capture/PageSource.cpp" line="+63" />
        <location line="+148" />
        <source>Page %1 does not exist.</source>
        <translation>Không có trang %1.</translation>
    </message>
    <message>
        <location line="-82" />
        <source>Page %1 has no image.</source>
        <translation>Trang %1 không có ảnh.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 là tệp rỗng (0 byte).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a PNG, JPEG, TIFF or PDF file, whatever its name says.</source>
        <translation>%1 không phải là tệp PNG, JPEG, TIFF hay PDF, dù tên tệp ghi như vậy.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is too large to import (%2 MB; at most %3 MB). Split it into smaller PDFs.</source>
        <translation>%1 quá lớn để nhập (%2 MB; tối đa %3 MB). Hãy tách thành các tệp PDF nhỏ hơn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is larger than any scanned page (%2 MB).</source>
        <translation>%1 lớn hơn mọi trang quét thông thường (%2 MB).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be read completely: %2</source>
        <translation>Không đọc được toàn bộ %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a TIFF file without any page.</source>
        <translation>%1 là tệp TIFF không có trang nào.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../core/capture/PdfSource.cpp" line="+168" />
        <source>Page %1 of %2</source>
        <translation>Trang %1 của %2</translation>
    </message>
    <message>
        <location filename="../core/capture/PdfSource.cpp" line="+3" />
        <source>%1 cannot be opened: the PDF is damaged.</source>
        <translation>Không mở được %1: tệp PDF bị hỏng.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 takes too long to draw (over %2 seconds); it was abandoned. Print the PDF to a new file or scan the paper instead.</source>
        <translation>%1 vẽ quá lâu (hơn %2 giây) nên đã bị bỏ dở. Hãy in tệp PDF ra một tệp mới hoặc quét bản giấy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be rendered: the PDF is damaged.</source>
        <translation>Không chuyển được %1 thành ảnh: tệp PDF bị hỏng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be rendered.</source>
        <translation>Không chuyển được %1 thành ảnh.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be drawn completely (%2).</source>
        <translation>%1 bị hỏng, không hiển thị được đầy đủ (%2).</translation>
    </message>
    <message>
        <location line="+109" />
        <source>%1 is truncated: the PDF has no end-of-file marker.</source>
        <translation>%1 bị cắt cụt: tệp PDF không có dấu kết thúc tệp.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged and cannot be opened as a PDF.</source>
        <translation>%1 bị hỏng, không mở được dưới dạng PDF.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged (%2). Save or print it to a new PDF and import that.</source>
        <translation>%1 bị hỏng (%2). Hãy lưu hoặc in ra một tệp PDF mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is protected by a password. Remove the protection (or print it to a new PDF) and import it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy gỡ bảo vệ (hoặc in ra một tệp PDF mới) rồi nhập lại.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has no pages.</source>
        <translation>%1 không có trang nào.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has %2 pages; at most %3 pages are imported from one PDF. Split it into smaller PDFs.</source>
        <translation>%1 có %2 trang; mỗi tệp PDF chỉ nhập được tối đa %3 trang. Hãy tách thành các tệp PDF nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../core/capture/SaneScanner.cpp" line="+65" />
        <source>The paper is jammed in the document feeder. Clear the jam, put the sheets that were not scanned back into the feeder and continue.</source>
        <translation>Kẹt giấy ở khay nạp giấy. Hãy gỡ giấy bị kẹt, đặt lại các tờ chưa quét vào khay nạp giấy rồi tiếp tục.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner's cover is open. Close it and continue.</source>
        <translation>Nắp máy quét đang mở. Hãy đóng nắp rồi tiếp tục.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no paper in the document feeder. Load the sheets and continue.</source>
        <translation>Khay nạp giấy không có giấy. Hãy đặt giấy vào rồi tiếp tục.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner stopped answering (input/output error). Check its cable or network connection and that it is switched on, then continue.</source>
        <translation>Máy quét không phản hồi (lỗi vào/ra). Hãy kiểm tra cáp hoặc kết nối mạng và xem máy đã bật chưa, rồi tiếp tục.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The scanner is busy; another program may be using it. Try again in a moment.</source>
        <translation>Máy quét đang bận; có thể chương trình khác đang sử dụng. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Access to the scanner was refused. Ask the administrator to allow this account to use scanners.</source>
        <translation>Không được phép truy cập máy quét. Hãy đề nghị quản trị viên cấp quyền sử dụng máy quét cho tài khoản này.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The scanner driver ran out of memory. Lower the resolution or close other programs.</source>
        <translation>Trình điều khiển máy quét hết bộ nhớ. Hãy giảm độ phân giải hoặc đóng bớt các chương trình khác.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scanning was cancelled at the scanner.</source>
        <translation>Việc quét đã bị hủy trên máy quét.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The scanner reported an error: %1.</source>
        <translation>Máy quét báo lỗi: %1.</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Document feeder, both sides (%1)</source>
        <translation>Khay nạp giấy, quét hai mặt (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document feeder (%1)</source>
        <translation>Khay nạp giấy (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flatbed (glass)</source>
        <translation>Mặt kính phẳng</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The scanner does not accept %1 = %2: %3</source>
        <translation>Máy quét không chấp nhận %1 = %2: %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it has no such option</source>
        <translation>máy không có tùy chọn này</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the option cannot be changed now</source>
        <translation>lúc này không thể thay đổi tùy chọn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the value is too long</source>
        <translation>giá trị quá dài</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a number is expected</source>
        <translation>cần nhập một số</translation>
    </message>
    <message>
        <location line="+2" />
        <source>array options are not supported</source>
        <translation>không hỗ trợ tùy chọn dạng mảng</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unsupported option type</source>
        <translation>loại tùy chọn không được hỗ trợ</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The scanner sends %1-bit pixels, which SoHoa does not read.</source>
        <translation>Máy quét gửi điểm ảnh %1 bit, SoHoa không đọc được loại này.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scanning was cancelled.</source>
        <translation>Đã hủy quét.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The scanner sent far more data than a page.</source>
        <translation>Máy quét gửi lượng dữ liệu lớn hơn nhiều so với một trang.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The scanner sent a page without lines.</source>
        <translation>Máy quét gửi một trang không có dòng ảnh nào.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The scanner sent an empty page.</source>
        <translation>Máy quét gửi một trang rỗng.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+16" />
        <location line="+15" />
        <source>Not enough memory for the page.</source>
        <translation>Không đủ bộ nhớ cho trang này.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>1-bit colour scans are not supported.</source>
        <translation>Không hỗ trợ quét màu 1 bit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The scanner did not send all three colours.</source>
        <translation>Máy quét không gửi đủ ba kênh màu.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>There is no scanner '%1'. Check that it is switched on and connected.</source>
        <translation>Không tìm thấy máy quét '%1'. Hãy kiểm tra máy đã được bật và kết nối chưa.</translation>
    </message>
    <message>
        <location filename="../core/capture/Scanner.cpp" line="+29" />
        <source>This build of SoHoa cannot drive scanners. Scan to PDF or image files with the scanner's own software and import them.</source>
        <translation>Bản dựng SoHoa này không điều khiển được máy quét. Hãy dùng phần mềm đi kèm máy quét để quét ra tệp PDF hoặc tệp ảnh rồi nhập các tệp đó.</translation>
    </message>
</context>
<context>
    <name>sohoa::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+18" />
        <source>Check the audit trail's hash chain. Exit status 1 names the first broken entry.</source>
        <translation>Kiểm tra chuỗi băm của nhật ký. Mã thoát 1 kèm số của mục hỏng đầu tiên.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also ask the registry this store is enrolled with for the audit head it anchored last, and check that the trail here still holds it.</source>
        <translation>Hỏi thêm cơ sở dữ liệu quốc gia mà kho dữ liệu này đã đăng ký về mốc nhật ký kiểm toán được ghi gần nhất, và kiểm tra nhật ký ở đây vẫn còn đúng mốc đó.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>AUDIT TRAIL DIFFERS FROM THE REGISTRY'S ANCHOR: %1
</source>
        <translation>NHẬT KÝ KIỂM TOÁN KHÁC VỚI MỐC ĐÃ GHI Ở CƠ SỞ DỮ LIỆU QUỐC GIA: %1
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The registry's anchor (entry %1, %2) matches the audit trail here.
</source>
        <translation>Mốc do cơ sở dữ liệu quốc gia ghi (mục %1, %2) khớp với nhật ký kiểm toán ở đây.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The registry holds no anchor of this audit trail yet (no sync since enrolment).
</source>
        <translation>Cơ sở dữ liệu quốc gia chưa ghi mốc nào của nhật ký kiểm toán này (chưa đồng bộ lần nào kể từ khi đăng ký).
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Audit trail intact: %1 entries.
</source>
        <translation>Nhật ký toàn vẹn: %1 mục.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signatures checked: %1; entries by the system (chained, not signed): %2; entries from before accounts had signing keys: %3.
</source>
        <translation>Đã kiểm tra chữ ký: %1; mục do hệ thống ghi (có liên kết chuỗi, không ký): %2; mục ghi trước khi các tài khoản có khóa ký: %3.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Roster of signing keys rooted at administrator %1, key fingerprint %2 (compare with the copy kept outside the store).
</source>
        <translation>Danh sách khóa ký bắt nguồn từ quản trị viên %1, dấu vân tay khóa %2 (hãy đối chiếu với bản lưu bên ngoài kho dữ liệu).
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AUDIT TRAIL BROKEN at entry %1: %2
</source>
        <translation>NHẬT KÝ BỊ HỎNG tại mục %1: %2
</translation>
    </message>
    <message>
        <location line="+7" />
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
        <location line="+1" />
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
        <location line="+2" />
        <source>At most this many entries.</source>
        <translation>Tối đa bấy nhiêu mục.</translation>
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
        <translation>kiểm tra chuỗi băm của nhật ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list audit entries</source>
        <translation>liệt kê nhật ký</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+22" />
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
        <translation>Xuất JSON (từng dòng) cho chương trình khác.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Mức độ băm mật khẩu: interactive, moderate (mặc định) hoặc sensitive.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PROFILE</source>
        <translation>MỨC</translation>
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
        <location line="+2" />
        <source>Account to sign in as (or SOHOA_USER).</source>
        <translation>Tài khoản đăng nhập (hoặc SOHOA_USER).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD).</source>
        <translation>Tệp có dòng đầu là mật khẩu; '-' để đọc từ stdin (hoặc SOHOA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Show this help.</source>
        <translation>Hiện hướng dẫn này.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No %1 given: use the file option or set %2.</source>
        <translation>Chưa có %1: hãy dùng tùy chọn tệp hoặc đặt biến %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot read the %1 from %2: %3</source>
        <translation>Không đọc được %1 từ %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 file %2 is empty.</source>
        <translation>Tệp %1 %2 trống.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No store given: use --store PATH or set SOHOA_STORE.</source>
        <translation>Chưa chỉ định kho dữ liệu: dùng --store PATH hoặc đặt biến SOHOA_STORE.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No account given: use --user NAME or set SOHOA_USER.</source>
        <translation>Chưa chỉ định tài khoản: dùng --user NAME hoặc đặt biến SOHOA_USER.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Updating the store from schema %1 to %2. This happens once; a large store takes a few minutes...
</source>
        <translation>Đang nâng cấp kho dữ liệu từ lược đồ %1 lên %2. Việc này chỉ làm một lần; kho dữ liệu lớn mất vài phút...
</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run with --help for usage.
</source>
        <translation>Chạy với --help để xem cách dùng.
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
        <translation>chạy máy chủ cơ sở dữ liệu quốc gia tham chiếu (HTTPS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>create the reference registry's encrypted data</source>
        <translation>tạo dữ liệu mã hóa cho máy chủ cơ sở dữ liệu quốc gia tham chiếu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>issue a one-time device enrolment code</source>
        <translation>cấp mã đăng ký thiết bị dùng một lần</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import an offline package and write its receipt</source>
        <translation>nhập gói dữ liệu ngoại tuyến và ghi biên nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>counts of the reference registry</source>
        <translation>số liệu thống kê của máy chủ tham chiếu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the records the registry holds</source>
        <translation>liệt kê các bản ghi máy chủ đang lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list enrolled devices</source>
        <translation>liệt kê các thiết bị đã đăng ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>refuse a device from now on</source>
        <translation>từ chối một thiết bị kể từ nay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accept a device's audit trail again after a restore the office explained</source>
        <translation>chấp nhận lại nhật ký kiểm toán của thiết bị sau khi cơ quan giải thích việc khôi phục</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-51" />
        <source>Create a new encrypted store with its first administrator. The password comes from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code.</source>
        <translation>Tạo kho dữ liệu mã hóa mới cùng tài khoản quản trị đầu tiên. Mật khẩu lấy từ --password-file hoặc SOHOA_PASSWORD. In ra mã khôi phục (chỉ hiện một lần).</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location filename="../app/cli/BackupCommands.cpp" line="+16" />
        <source>Write a consistent backup of the store while it is in use. The backup stays encrypted and carries a manifest and checksums.</source>
        <translation>Tạo bản sao lưu nhất quán của kho dữ liệu ngay cả khi kho đang được sử dụng. Bản sao lưu vẫn được mã hóa, kèm bảng kê và mã kiểm tra.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup file to write (never overwritten).</source>
        <translation>Tệp sao lưu cần ghi (không bao giờ bị ghi đè).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>backup needs --out FILE.</source>
        <translation>Lệnh backup cần --out FILE.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backing up: %1%
</source>
        <translation>Đang sao lưu: %1%
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backup written to %1: %2 records, %3 pages, %4 audit entries.
</source>
        <translation>Đã ghi bản sao lưu vào %1: %2 bản ghi, %3 trang, %4 mục nhật ký kiểm toán.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore a backup into a store folder. The backup is checked completely and opened with the given account before anything is put in place. An existing store is never overwritten: use --replace to move it aside (it is kept).</source>
        <translation>Khôi phục bản sao lưu vào một thư mục kho dữ liệu. Bản sao lưu được kiểm tra toàn bộ và mở bằng tài khoản đã chỉ định trước khi được đưa vào vị trí. Kho dữ liệu hiện có không bao giờ bị ghi đè: dùng --replace để chuyển kho đó sang chỗ khác (kho cũ vẫn được giữ lại).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move an existing store at --store aside and restore in its place.</source>
        <translation>Chuyển kho dữ liệu hiện có tại --store sang chỗ khác và khôi phục vào vị trí đó.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup file.</source>
        <translation>Tệp sao lưu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>restore needs one backup FILE.</source>
        <translation>Lệnh restore cần một tệp sao lưu FILE.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>restore needs --store PATH.</source>
        <translation>Lệnh restore cần --store PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>restore needs --user NAME, an account of the backed-up store.</source>
        <translation>Lệnh restore cần --user NAME, là một tài khoản của kho dữ liệu đã sao lưu.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/cli/CliContext.cpp" line="-23" />
        <location filename="../app/cli/StoreCommands.cpp" line="+5" />
        <location filename="../app/cli/UserCommands.cpp" line="-57" />
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restored %1 records into %2 (backup of %3).
</source>
        <translation>Đã khôi phục %1 bản ghi vào %2 (bản sao lưu %3).
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store that was there is kept at %1.
</source>
        <translation>Kho dữ liệu cũ ở đó được giữ lại tại %1.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the store's data key (administrators). Every account keeps its password and the recovery code keeps working; the old key no longer opens the store. Close SoHoa on this computer first.</source>
        <translation>Thay khóa dữ liệu của kho dữ liệu (quản trị viên). Mọi tài khoản vẫn giữ mật khẩu và mã khôi phục vẫn dùng được; khóa cũ không còn mở được kho dữ liệu. Hãy đóng SoHoa trên máy tính này trước.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../app/cli/UserCommands.cpp" line="+27" />
        <source>Re-encrypting the store with a new key...
</source>
        <translation>Đang mã hóa lại kho dữ liệu bằng khóa mới...
</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../app/cli/UserCommands.cpp" line="+10" />
        <source>The store now uses a new data key.
</source>
        <translation>Kho dữ liệu đã chuyển sang dùng khóa dữ liệu mới.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>write an encrypted backup of the store</source>
        <translation>tạo bản sao lưu mã hóa của kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restore a backup into a store folder</source>
        <translation>khôi phục bản sao lưu vào thư mục kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>replace the store's data key (admin)</source>
        <translation>thay khóa dữ liệu của kho dữ liệu (quản trị)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+3" />
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
        <location line="+4" />
        <source>File holding the recovery code ('-' = stdin).</source>
        <translation>Tệp chứa mã khôi phục ('-' = stdin).</translation>
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
        <translation>TỆP</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="-2" />
        <source>Administrator account to set the password of.</source>
        <translation>Tài khoản quản trị cần đặt mật khẩu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File holding the new password (or SOHOA_NEW_PASSWORD).</source>
        <translation>Tệp chứa mật khẩu mới (hoặc SOHOA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location filename="../app/cli/UserCommands.cpp" line="-112" />
        <location line="+76" />
        <location line="+49" />
        <source>new password</source>
        <translation>mật khẩu mới</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../app/cli/UserCommands.cpp" line="-22" />
        <source>New password set for '%1'.
</source>
        <translation>Đã đặt mật khẩu mới cho '%1'.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>create a new encrypted store and its first administrator</source>
        <translation>tạo kho dữ liệu mã hóa mới và tài khoản quản trị đầu tiên</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set an administrator password with the recovery code</source>
        <translation>đặt mật khẩu quản trị bằng mã khôi phục</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="-122" />
        <source>Add an account (administrators only). The new account's password comes from --new-password-file or SOHOA_NEW_PASSWORD.</source>
        <translation>Thêm tài khoản (chỉ quản trị viên). Mật khẩu của tài khoản mới lấy từ --new-password-file hoặc SOHOA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account name, e.g. lan.nguyen.</source>
        <translation>Tên tài khoản, ví dụ lan.nguyen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="-4" />
        <source>Show, or set (administrators), the longest idle time after which the desktop locks, per role. Users may choose a shorter time, never a longer one.</source>
        <translation>Xem, hoặc đặt (quản trị viên), thời gian không sử dụng dài nhất trước khi ứng dụng tự khóa, theo từng vai trò. Người dùng có thể chọn thời gian ngắn hơn, không được dài hơn.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/cli/UserCommands.cpp" line="+1" />
        <source>clerk, supervisor or admin.</source>
        <translation>clerk (cán bộ nhập liệu), supervisor (người duyệt) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/UserCommands.cpp" line="+0" />
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest idle time in minutes.</source>
        <translation>Thời gian không sử dụng dài nhất, tính bằng phút.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--role is clerk, supervisor or admin.</source>
        <translation>--role là clerk (cán bộ nhập liệu), supervisor (người duyệt) hoặc admin (quản trị).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>policy idle-lock needs --role ROLE with --minutes N.</source>
        <translation>policy idle-lock cần --role VAI_TRÒ cùng --minutes N.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: locks after at most %2 minutes idle
</source>
        <translation>%1: tự khóa sau tối đa %2 phút không sử dụng
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>show or set the longest idle time per role (admin)</source>
        <translation>xem hoặc đặt thời gian không sử dụng dài nhất theo vai trò (quản trị)</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="+1" />
        <source>File holding the new account's password.</source>
        <translation>Tệp chứa mật khẩu của tài khoản mới.</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+6" />
        <source>List the store's accounts.</source>
        <translation>Liệt kê các tài khoản của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>(disabled)</source>
        <translation>(đã khóa)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Set a new password for another account (administrators only); the owner must change it at the next sign-in.</source>
        <translation>Đặt mật khẩu mới cho tài khoản khác (chỉ quản trị viên); chủ tài khoản phải đổi mật khẩu ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+116" />
        <source>Account name.</source>
        <translation>Tên tài khoản.</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+48" />
        <source>File holding the new password.</source>
        <translation>Tệp chứa mật khẩu mới.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>user reset-password needs --name NAME.</source>
        <translation>Lệnh user reset-password cần --name NAME.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change the signed-in account's own password.</source>
        <translation>Đổi mật khẩu của tài khoản đang đăng nhập.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Password changed.
</source>
        <translation>Đã đổi mật khẩu.
</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Delete an account (administrators; not your own, not the last administrator). Its password stops opening the store, the store gets a new data key as when disabling, and the registry refuses what its key signs from now on. Its entries in the audit trail keep its name, and the name cannot be given to a new account.</source>
        <translation>Xóa một tài khoản (quản trị viên; không được xóa tài khoản của chính mình hay quản trị viên cuối cùng). Mật khẩu của tài khoản đó không còn mở được kho dữ liệu, kho dữ liệu được đổi khóa dữ liệu mới như khi khóa tài khoản, và cơ sở dữ liệu quốc gia từ chối mọi thứ khóa ký của tài khoản đó ký từ nay. Các mục của tài khoản trong nhật ký kiểm tra vẫn giữ tên của nó, và tên đó không được cấp cho tài khoản mới.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Account '%1' deleted.
</source>
        <translation>Đã xóa tài khoản '%1'.
</translation>
    </message>
    <message>
        <location line="+27" />
        <source>disable an account and replace the store key (admin)</source>
        <translation>khóa tài khoản và thay khóa của kho dữ liệu (quản trị)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>delete an account, keep its history, replace the store key (admin)</source>
        <translation>xóa một tài khoản, giữ lịch sử của nó, đổi khóa kho dữ liệu (quản trị viên)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enable an account with a new password (admin)</source>
        <translation>mở khóa tài khoản với mật khẩu mới (quản trị)</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+49" />
        <source>Give the account with --name NAME.</source>
        <translation>Hãy chỉ rõ tài khoản bằng --name NAME.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account '%1' enabled.
</source>
        <translation>Đã mở khóa tài khoản '%1'.
</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Account '%1' disabled.
</source>
        <translation>Đã khóa tài khoản '%1'.
</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Disable an account (administrators). Its password stops opening the store at once, and the store gets a new data key, so that a key the account's owner may have kept opens nothing any more. Close SoHoa on this computer first; if the store is in use, the account is disabled and the new key is left for 'sohoa-cli store rekey'.</source>
        <translation>Khóa một tài khoản (quản trị viên). Mật khẩu của tài khoản thôi mở được kho dữ liệu ngay lập tức, và kho dữ liệu được chuyển sang khóa dữ liệu mới, để khóa mà chủ tài khoản có thể đã giữ lại không còn mở được gì nữa. Hãy đóng SoHoa trên máy này trước; nếu kho dữ liệu đang được dùng, tài khoản vẫn bị khóa và việc đổi khóa được để lại cho lệnh 'sohoa-cli store rekey'.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>The store key could not be replaced yet (%1). Run 'sohoa-cli store rekey' as an administrator when no one else has the store open.
</source>
        <translation>Chưa thay được khóa của kho dữ liệu (%1). Hãy chạy 'sohoa-cli store rekey' bằng tài khoản quản trị khi không còn ai mở kho dữ liệu.
</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Enable a disabled account again (administrators) with a new password from --new-password-file or SOHOA_NEW_PASSWORD; the owner must change it at the next sign-in.</source>
        <translation>Mở khóa lại một tài khoản đã bị khóa (quản trị viên) với mật khẩu mới lấy từ --new-password-file hoặc SOHOA_NEW_PASSWORD; chủ tài khoản phải đổi mật khẩu này ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+13" />
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
        <location filename="../app/cli/ExportCommands.cpp" line="-90" />
        <source>Write one file with the batch's approved records that are not yet at the registry (canonical JSON), their page images and a manifest with hashes, encrypted to the registry's key and signed by this device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse it. The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled device (sync enrol).</source>
        <translation>Ghi ra một tệp gồm các bản ghi đã duyệt của lô mà cơ sở dữ liệu quốc gia chưa có (JSON chuẩn tắc), ảnh các trang và bảng kê kèm mã băm, được mã hóa bằng khóa của cơ sở dữ liệu quốc gia và ký bằng thiết bị này, để chuyển qua thiết bị lưu trữ di động. Mất USB cũng không lộ dữ liệu; chỉ cần một byte bị thay đổi là cơ sở dữ liệu quốc gia sẽ từ chối gói. Các bản ghi chờ trong hàng đợi gửi cho đến khi có biên nhận của cơ sở dữ liệu quốc gia (sync import-receipt). Cần thiết bị đã đăng ký (sync enrol).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The batch to export.</source>
        <translation>Lô cần xuất.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Exported %1 of %2 records.
</source>
        <translation>Đã xuất %1/%2 hồ sơ.
</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+148" />
        <source>passphrase</source>
        <translation>cụm mật khẩu</translation>
    </message>
    <message>
        <location line="-120" />
        <source>%1 records and %2 page PDFs encrypted into %3 (%4 bytes). The receiving office opens it with: sohoa-cli export open FILE --out DIR, and the passphrase.
</source>
        <translation>Đã mã hóa %1 hồ sơ và %2 tệp PDF trang vào %3 (%4 byte). Cơ quan nhận mở bằng lệnh: sohoa-cli export open FILE --out DIR, cùng cụm mật khẩu.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 records written to %2 (%3 page PDFs, %4 bytes). These files hold personal data in plain text: keep them only as long as the import needs them.
</source>
        <translation>Đã ghi %1 hồ sơ vào %2 (%3 tệp PDF trang, %4 byte). Các tệp này chứa dữ liệu cá nhân không mã hóa: chỉ giữ chúng trong thời gian cần cho việc nhập dữ liệu.
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The package file to write; for the table formats, a new or empty folder.</source>
        <translation>Tệp gói cần ghi; với các định dạng bảng là một thư mục mới hoặc thư mục trống.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>package (default): the signed, encrypted package. national-xlsx: the national civil-status import workbooks (one per record type, sheet "DL Import" and code lists in "Ghi chu") of the batch's approved records, with each record's pages as one PDF &lt;so&gt;_&lt;quyenSo&gt;_&lt;trangSo&gt;.pdf. land-csv, land-xlsx: the land registry office's list of approved land certificates (columns in docs/national-standard.md). The table formats write personal data in plain text.</source>
        <translation>package (mặc định): gói dữ liệu đã ký và mã hóa. national-xlsx: các tệp Excel nhập liệu của Cơ sở dữ liệu hộ tịch điện tử toàn quốc (mỗi loại hồ sơ một tệp, trang "DL Import" và các danh mục mã ở trang "Ghi chu") gồm các hồ sơ đã phê duyệt của lô, kèm các trang của mỗi hồ sơ trong một tệp PDF &lt;so&gt;_&lt;quyenSo&gt;_&lt;trangSo&gt;.pdf. land-csv, land-xlsx: danh sách các Giấy chứng nhận đã phê duyệt cho Văn phòng đăng ký đất đai (các cột xem docs/national-standard.md). Các định dạng bảng ghi dữ liệu cá nhân không mã hóa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table formats: write the tables without the page PDFs.</source>
        <translation>Định dạng bảng: chỉ ghi bảng, không kèm các tệp PDF trang.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table formats: write everything into one encrypted file (--out FILE.sohoa-export) for carrying to another office; nothing is written in plain text. The passphrase (at least 12 characters) comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE.</source>
        <translation>Các định dạng bảng: ghi tất cả vào một tệp mã hóa (--out FILE.sohoa-export) để mang sang cơ quan khác; không ghi gì ở dạng đọc được. Cụm mật khẩu (ít nhất 12 ký tự) lấy từ --passphrase-file hoặc SOHOA_EXPORT_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File whose first line is the passphrase of the encrypted export, '-' for stdin.</source>
        <translation>Tệp có dòng đầu là cụm mật khẩu của tệp xuất mã hóa, '-' để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Also include records already in an earlier package whose receipt never came (the registry still takes each record once).</source>
        <translation>Đưa cả các bản ghi đã có trong gói dữ liệu trước nhưng chưa nhận được biên nhận (cơ sở dữ liệu quốc gia vẫn chỉ tiếp nhận mỗi bản ghi một lần).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export needs --batch NAME and --out FILE.</source>
        <translation>Lệnh export cần --batch NAME và --out FILE.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../app/cli/SyncCommands.cpp" line="-333" />
        <source>There is no batch named '%1'.</source>
        <translation>Không có lô nào tên '%1'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown export format '%1' (package, national-xlsx, land-csv, land-xlsx).</source>
        <translation>Định dạng xuất '%1' không hợp lệ (package, national-xlsx, land-csv, land-xlsx).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Package %1 written to %2: %3 records, %4 page images, %5 bytes.
</source>
        <translation>Đã ghi gói dữ liệu %1 vào %2: %3 bản ghi, %4 ảnh trang, %5 byte.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open an encrypted export (written by export --encrypt): list its files, or write them into a new or empty folder (--out). Every byte is checked; a wrong passphrase or an altered or cut file is refused and nothing is left behind. The passphrase comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE. The written files hold personal data in plain text.</source>
        <translation>Mở tệp xuất mã hóa (do export --encrypt tạo): liệt kê các tệp trong đó, hoặc ghi chúng vào một thư mục mới hoặc trống (--out). Mọi byte đều được kiểm tra; cụm mật khẩu sai hoặc tệp bị sửa, bị cắt đều bị từ chối và không để lại gì. Cụm mật khẩu lấy từ --passphrase-file hoặc SOHOA_EXPORT_PASSPHRASE. Các tệp được ghi ra chứa dữ liệu cá nhân ở dạng đọc được.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The encrypted export (*.sohoa-export).</source>
        <translation>Tệp xuất mã hóa (*.sohoa-export).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Folder to write the files into (new or empty).</source>
        <translation>Thư mục để ghi các tệp vào (mới hoặc trống).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only list the files.</source>
        <translation>Chỉ liệt kê các tệp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File whose first line is the passphrase, '-' for stdin.</source>
        <translation>Tệp có dòng đầu là cụm mật khẩu, '-' để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export open needs FILE and either --out DIR or --list.</source>
        <translation>export open cần FILE và một trong hai: --out DIR hoặc --list.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 files (%2 bytes) written to %3. They hold personal data in plain text: keep them only as long as the import needs them.
</source>
        <translation>Đã ghi %1 tệp (%2 byte) vào %3. Các tệp chứa dữ liệu cá nhân ở dạng đọc được: chỉ giữ chúng trong thời gian cần cho việc nhập.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>list or unpack an encrypted export of the national workbooks (export --encrypt)</source>
        <translation>liệt kê hoặc giải nén tệp xuất mã hóa các bảng tính quốc gia (export --encrypt)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>write a signed, encrypted batch package for removable media, or the national import workbooks</source>
        <translation>ghi gói dữ liệu của lô đã ký và mã hóa ra thiết bị lưu trữ di động, hoặc các tệp Excel nhập liệu toàn quốc</translation>
    </message>
    <message>
        <location filename="../app/cli/ExtractCommand.cpp" line="-13" />
        <source>OCR each file (PNG, JPEG, TIFF or PDF; folders are searched for them), separate a file that holds several documents (a stack) by what its pages print, classify each document, extract and validate its fields, without touching any store. Prints one JSON object per document on stdout (file, first_page, pages, type, fields, issues), in input order and page order; progress goes to stderr. Exit status 3 when some files could not be read, 2 for usage errors.</source>
        <translation>Nhận dạng chữ (OCR) từng tệp (PNG, JPEG, TIFF hoặc PDF; các thư mục sẽ được tìm tệp bên trong), tách tệp chứa nhiều tài liệu (một tập giấy) theo nội dung in trên các trang, phân loại từng tài liệu, trích xuất và kiểm tra hợp lệ các trường, không động đến kho dữ liệu nào. In ra stdout một đối tượng JSON cho mỗi tài liệu (file, first_page, pages, type, fields, issues), theo thứ tự đầu vào và thứ tự trang; tiến độ ghi ra stderr. Mã thoát 3 khi có tệp không đọc được, 2 khi sai cú pháp.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../app/cli/IngestCommand.cpp" line="+3" />
        <location filename="../app/cli/ScanCommands.cpp" line="+24" />
        <source>No progress on stderr.</source>
        <translation>Không ghi tiến độ ra stderr.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read documents that match a layout file of DIR (layout learn) with that layout first.</source>
        <translation>Đọc các tài liệu khớp với một tệp bố cục trong DIR (layout learn) bằng bố cục đó trước.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Files or folders to read.</source>
        <translation>Các tệp hoặc thư mục cần đọc.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>extract needs at least one FILE.</source>
        <translation>Lệnh extract cần ít nhất một FILE.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../app/cli/IngestSupport.cpp" line="+131" />
        <source>--jobs needs a positive number.</source>
        <translation>--jobs cần một số dương.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>OCR, classify, extract and validate files (no store)</source>
        <translation>OCR, phân loại, trích xuất và kiểm tra tệp (không dùng kho dữ liệu)</translation>
    </message>
    <message>
        <location filename="../app/cli/IngestCommand.cpp" line="-32" />
        <source>%1: not imported: %2
</source>
        <translation>%1: không nhập được: %2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 from page %2</source>
        <translation>%1 từ trang %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: document %2, record %3 (%4, %n page(s) stored)</source>
        <translation>
            <numerusform>%1: tài liệu %2, bản ghi %3 (%4, đã lưu %n trang)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>, %n blank page(s) kept</source>
        <translation>
            <numerusform>, giữ lại %n trang trắng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n blank page(s) skipped</source>
        <translation>
            <numerusform>, bỏ qua %n trang trắng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n issue(s)</source>
        <translation>
            <numerusform>, %n vấn đề</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import scans and PDFs (files or folders) into a batch of the store: each document becomes a document of the store with its original page images, OCR, extracted fields and validation issues, stored in one transaction; a file that holds several documents (a stack) is separated by what its pages print. With --json, one JSON line per document with its document and record ids. A file already imported into the batch is skipped. Exit status 3 when some files could not be read.</source>
        <translation>Nhập ảnh quét và tệp PDF (tệp hoặc thư mục) vào một lô của kho dữ liệu: mỗi tài liệu thành một tài liệu của kho gồm ảnh trang gốc, kết quả OCR, các trường đã trích xuất và các vấn đề phát hiện khi kiểm tra hợp lệ, được lưu trong cùng một giao dịch; tệp chứa nhiều tài liệu (một tập giấy) được tách theo nội dung in trên các trang. Với --json, mỗi tài liệu một dòng JSON kèm mã tài liệu và mã bản ghi. Tệp đã được nhập vào lô sẽ được bỏ qua. Mã thoát 3 khi có tệp không đọc được.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The batch to import into (created if missing).</source>
        <translation>Lô cần nhập vào (tự tạo nếu chưa có).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import files even if the batch already has them.</source>
        <translation>Vẫn nhập tệp dù lô đã có các tệp đó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Files or folders to import.</source>
        <translation>Các tệp hoặc thư mục cần nhập.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ingest needs --batch NAME.</source>
        <translation>Lệnh ingest cần --batch NAME.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ingest needs at least one FILE.</source>
        <translation>Lệnh ingest cần ít nhất một FILE.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>import scans and PDFs into a batch (OCR, extract, validate)</source>
        <translation>nhập ảnh quét và PDF vào một lô (OCR, trích xuất, kiểm tra)</translation>
    </message>
    <message>
        <location filename="../app/cli/IngestSupport.cpp" line="-137" />
        <source>Record type: auto (classify, the default) or %1.</source>
        <translation>Loại hồ sơ: auto (tự phân loại, mặc định) hoặc %1.</translation>
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
        <translation>Số trang được OCR song song (mặc định: bằng số lõi CPU, %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep blank pages (by default they are reported and skipped).</source>
        <translation>Giữ lại trang trắng (mặc định trang trắng được báo lại và bỏ qua).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not separate files into documents: each file is one document, whatever its pages print.</source>
        <translation>Không tách tệp thành các tài liệu: mỗi tệp là một tài liệu, bất kể các trang của nó in gì.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OCR PDF pages even when they carry a usable text layer.</source>
        <translation>Vẫn OCR các trang PDF dù trang đã có lớp văn bản dùng được.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unknown record type '%1': use auto or one of %2.</source>
        <translation>Không có loại hồ sơ '%1': hãy dùng auto hoặc một trong các loại %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The Vietnamese OCR model (vie.traineddata) is not installed. Install the package tesseract-ocr-vie, or set TESSDATA_PREFIX to the folder that holds it.</source>
        <translation>Chưa cài mô hình OCR tiếng Việt (vie.traineddata). Hãy cài gói tesseract-ocr-vie, hoặc đặt TESSDATA_PREFIX trỏ tới thư mục chứa mô hình.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>  %1 of %2 pages read, %3 pages/min
</source>
        <translation>  đã đọc %1/%2 trang, %3 trang/phút
</translation>
    </message>
    <message>
        <location line="+15" />
        <source> (document from page %1)</source>
        <translation> (tài liệu từ trang %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>, blank page(s) %1</source>
        <translation>, trang trắng %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, %1, %2 field(s), %3 issue(s), %4 pages/min
</source>
        <translation>, %1, %2 trường, %3 vấn đề, %4 trang/phút
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Done: %1 document(s), %2 page(s) in %3 s (%4 pages/min).
</source>
        <translation>Hoàn tất: %1 tài liệu, %2 trang trong %3 giây (%4 trang/phút).
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="-56" />
        <source>Record %1 (%2), %3, batch %4, version %5
</source>
        <translation>Bản ghi %1 (%2), %3, lô %4, phiên bản %5
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>fix:</source>
        <translation>cần sửa:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rejected:</source>
        <translation>bị trả lại:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only records in this state: to_verify, verified, approved, rejected.</source>
        <translation>Chỉ các bản ghi ở trạng thái này: to_verify, verified, approved, rejected.</translation>
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
        <translation>Chỉ các bản ghi của lô này.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only records of this type: birth, death, marriage, land_certificate.</source>
        <translation>Chỉ các bản ghi thuộc loại này: birth, death, marriage, land_certificate.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>List records with their fields, validation issues and workflow state, oldest first. With --json, one JSON object per line.</source>
        <translation>Liệt kê các bản ghi kèm các trường, các vấn đề khi kiểm tra hợp lệ và trạng thái xử lý, cũ nhất trước. Với --json, mỗi dòng một đối tượng JSON.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most this many records (default: all).</source>
        <translation>Số bản ghi tối đa (mặc định: tất cả).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+68" />
        <source>--state must be to_verify, verified, approved or rejected.</source>
        <translation>--state phải là to_verify, verified, approved hoặc rejected.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Unknown record type '%1'.</source>
        <translation>Không có loại hồ sơ '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit needs a positive number.</source>
        <translation>--limit cần một số dương.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 record(s).
</source>
        <translation>%1 bản ghi.
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Search names, places and numbers of the store's records, accent- and case-insensitively ("nguyen van an" finds "Nguyễn Văn An"); dates as 13/05/1990 or 1990-05-13. Best matches first.</source>
        <translation>Tìm theo họ tên, địa danh và các số trong bản ghi của kho dữ liệu, không phân biệt dấu và chữ hoa/thường ("nguyen van an" tìm được "Nguyễn Văn An"); ngày viết dạng 13/05/1990 hoặc 1990-05-13. Kết quả khớp nhất xếp trước.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At most this many results (default 20).</source>
        <translation>Số kết quả tối đa (mặc định 20).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What to look for.</source>
        <translation>Nội dung cần tìm.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>search needs a QUERY.</source>
        <translation>Lệnh search cần QUERY.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--limit needs a number from 1 to 10000.</source>
        <translation>--limit cần một số từ 1 đến 10000.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 result(s).
</source>
        <translation>%1 kết quả.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Correct a record's fields (clerks) and, with --confirm, confirm it as verified. Each --set KEY=VALUE replaces a field (an empty VALUE removes it); validation runs again after the edit. Confirming is refused while an error remains. Prints the record afterwards.</source>
        <translation>Sửa các trường của bản ghi (cán bộ nhập liệu) và, với --confirm, xác nhận bản ghi đã được kiểm tra. Mỗi --set KEY=VALUE thay giá trị một trường (VALUE rỗng thì xóa trường đó); sau khi sửa, bản ghi được kiểm tra hợp lệ lại. Không thể xác nhận khi còn lỗi. Sau đó in ra bản ghi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A field's new value (repeatable).</source>
        <translation>Giá trị mới của một trường (có thể dùng nhiều lần).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm the record as verified.</source>
        <translation>Xác nhận bản ghi đã được kiểm tra.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse the edit if the record's version is not N (someone changed it meanwhile).</source>
        <translation>Từ chối sửa nếu phiên bản của bản ghi không phải là N (đã có người khác sửa trong lúc đó).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+116" />
        <source>The record.</source>
        <translation>Bản ghi.</translation>
    </message>
    <message>
        <location line="-110" />
        <source>verify needs one record ID.</source>
        <translation>Lệnh verify cần một ID bản ghi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--set needs KEY=VALUE, not '%1'.</source>
        <translation>--set cần KEY=VALUE, không phải '%1'.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>verify needs --set KEY=VALUE and/or --confirm.</source>
        <translation>Lệnh verify cần --set KEY=VALUE và/hoặc --confirm.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--expect-version needs a positive number.</source>
        <translation>--expect-version cần một số dương.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Approve verified records (supervisors). An account cannot approve a record it verified itself. Records with warnings (duplicates, renamed units, ...) need --acknowledge-warnings. Exit status 1 when any record was not approved.</source>
        <translation>Duyệt các bản ghi đã được kiểm tra (người duyệt). Một tài khoản không thể duyệt bản ghi do chính mình kiểm tra. Bản ghi có cảnh báo (trùng lặp, đơn vị hành chính đã đổi tên, ...) cần --acknowledge-warnings. Mã thoát 1 khi có bản ghi chưa được duyệt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approve despite warnings; the acknowledged warnings go to the audit trail.</source>
        <translation>Vẫn duyệt dù có cảnh báo; các cảnh báo đã xác nhận được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approve values the clerk kept as written in the book although the validator finds them wrong; they go to the audit trail.</source>
        <translation>Phê duyệt cả các giá trị cán bộ giữ đúng như sổ gốc dù bị kiểm tra báo sai; chúng được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records to approve.</source>
        <translation>Các bản ghi cần duyệt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is not a record ID.</source>
        <translation>'%1' không phải là ID bản ghi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>approve needs at least one record ID.</source>
        <translation>Lệnh approve cần ít nhất một ID bản ghi.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Record %1 approved.
</source>
        <translation>Đã duyệt bản ghi %1.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reject a verified record with the reason (supervisors); it goes back to the clerks. An account cannot reject a record it verified itself.</source>
        <translation>Trả lại bản ghi đã được kiểm tra kèm lý do (người duyệt); bản ghi được chuyển về cán bộ nhập liệu. Một tài khoản không thể trả lại bản ghi do chính mình kiểm tra.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why, for the clerk who will correct it.</source>
        <translation>Lý do, để cán bộ nhập liệu biết cần sửa gì.</translation>
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
        <translation>Lệnh reject cần một ID bản ghi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reject needs --reason TEXT.</source>
        <translation>Lệnh reject cần --reason TEXT.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Record %1 rejected.
</source>
        <translation>Đã trả lại bản ghi %1.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>list records with fields, issues and workflow state</source>
        <translation>liệt kê bản ghi kèm các trường, vấn đề và trạng thái xử lý</translation>
    </message>
    <message>
        <location line="+3" />
        <source>full-text search over names, places and numbers</source>
        <translation>tìm kiếm toàn văn theo họ tên, địa danh và các số</translation>
    </message>
    <message>
        <location line="+1" />
        <source>correct fields of a record and confirm it (clerks)</source>
        <translation>sửa các trường của bản ghi và xác nhận (cán bộ nhập liệu)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approve verified records (supervisors)</source>
        <translation>duyệt các bản ghi đã được kiểm tra (người duyệt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>send a verified record back with a reason (supervisors)</source>
        <translation>trả lại bản ghi đã được kiểm tra kèm lý do (người duyệt)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScanCommands.cpp" line="-86" />
        <source>List the scanners SANE can see (network scanners can take a few seconds).</source>
        <translation>Liệt kê các máy quét mà SANE nhận ra (máy quét qua mạng có thể mất vài giây).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also list each scanner's sources, resolutions and modes.</source>
        <translation>Liệt kê thêm nguồn giấy, độ phân giải và chế độ quét của từng máy quét.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No scanner found.
</source>
        <translation>Không tìm thấy máy quét nào.
</translation>
    </message>
    <message>
        <location line="+28" />
        <source>  resolutions: %1
  modes: %2
</source>
        <translation>  độ phân giải: %1
  chế độ: %2
</translation>
    </message>
    <message>
        <location line="+118" />
        <source>Scan into a batch of the store: a flatbed page, or the whole document feeder. Documents are OCR'd and stored while the scanner feeds. On a paper jam, open cover or empty feeder the pages scanned so far are kept; at a terminal you are asked to fix the paper and continue, otherwise the command stores what it has and exits with status 1 (see --on-error).</source>
        <translation>Quét vào một lô của kho dữ liệu: một trang trên mặt kính, hoặc toàn bộ giấy trong khay nạp giấy. Tài liệu được OCR và lưu ngay trong lúc máy quét đang nạp giấy. Khi kẹt giấy, mở nắp hoặc hết giấy trong khay, các trang đã quét vẫn được giữ lại; nếu chạy tại terminal, chương trình sẽ đề nghị anh/chị xử lý giấy rồi tiếp tục, nếu không lệnh sẽ lưu những gì đã quét và thoát với mã 1 (xem --on-error).</translation>
    </message>
    <message>
        <location line="-98" />
        <source>The batch to scan into (created if missing).</source>
        <translation>Lô cần quét vào (tự tạo nếu chưa có).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanner id from 'scan devices' (default: the first one).</source>
        <translation>Mã máy quét lấy từ 'scan devices' (mặc định: máy đầu tiên).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper source as the scanner names it, e.g. Flatbed or ADF Duplex.</source>
        <translation>Nguồn giấy theo tên do máy quét đặt, ví dụ Flatbed hoặc ADF Duplex.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DPI (default 300).</source>
        <translation>DPI (mặc định 300).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>grey (default), colour or bw.</source>
        <translation>grey (ảnh xám, mặc định), colour (ảnh màu) hoặc bw (đen trắng).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Both sides, for scanners with a separate duplex switch.</source>
        <translation>Quét hai mặt, cho máy quét có công tắc quét hai mặt riêng.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheets that make one document (default 1; 0: the whole scan is one document).</source>
        <translation>Số tờ tạo thành một tài liệu (mặc định 1; 0: toàn bộ lần quét là một tài liệu).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Separate documents by what their pages print instead of --sheets-per-document (a mixed stack in the feeder).</source>
        <translation>Tách các tài liệu theo nội dung in trên các trang thay vì theo --sheets-per-document (một tập giấy lẫn nhiều loại trong khay nạp).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A scanner-specific option, NAME=VALUE (repeatable).</source>
        <translation>Tùy chọn riêng của máy quét, NAME=VALUE (có thể dùng nhiều lần).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After a scanner error: wait (ask at the terminal, the default at a terminal) or stop (store what was scanned and exit).</source>
        <translation>Khi máy quét gặp lỗi: wait (hỏi tại terminal, mặc định khi chạy tại terminal) hoặc stop (lưu những gì đã quét rồi thoát).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Unknown argument '%1'.</source>
        <translation>Không nhận ra tham số '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>scan needs --batch NAME.</source>
        <translation>Lệnh scan cần --batch NAME.</translation>
    </message>
    <message>
        <location line="-75" />
        <source>--resolution must be between 50 and 1200.</source>
        <translation>--resolution phải trong khoảng từ 50 đến 1200.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--mode must be grey, colour or bw.</source>
        <translation>--mode phải là grey, colour hoặc bw.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--option needs NAME=VALUE, not '%1'.</source>
        <translation>--option cần NAME=VALUE, không phải '%1'.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>--sheets-per-document needs a number (0 or more).</source>
        <translation>--sheets-per-document cần một số (từ 0 trở lên).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--on-error must be wait or stop.</source>
        <translation>--on-error phải là wait hoặc stop.</translation>
    </message>
    <message>
        <location line="-66" />
        <source>No scanner found.</source>
        <translation>Không tìm thấy máy quét nào.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>%1: not stored: %2
</source>
        <translation>%1: không lưu được: %2
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: document %2, record %3 (%4)
</source>
        <translation>%1: tài liệu %2, bản ghi %3 (%4)
</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Scanned page %1 (sheet %2%3)
</source>
        <translation>Đã quét trang %1 (tờ %2%3)
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, back</source>
        <translation>, mặt sau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scanner: %1
%2 page(s) scanned so far are kept.
</source>
        <translation>Máy quét: %1
Đã giữ lại %2 trang quét được đến lúc này.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fix the paper, then press Enter to continue scanning, or type q and Enter to finish: </source>
        <translation>Hãy xử lý giấy, rồi nhấn Enter để quét tiếp, hoặc gõ q rồi nhấn Enter để kết thúc: </translation>
    </message>
    <message>
        <location line="+74" />
        <source>Done: %1 page(s) scanned, %2 document(s) stored.
</source>
        <translation>Hoàn tất: đã quét %1 trang, đã lưu %2 tài liệu.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>scan a page or a whole document feeder into a batch</source>
        <translation>quét một trang hoặc toàn bộ khay nạp giấy vào một lô</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list the scanners</source>
        <translation>liệt kê các máy quét</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="-311" />
        <source>[next attempt %1]</source>
        <translation>[lần thử tiếp theo: %1]</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Send every approved record not yet at the registry (queued, or failed and due again) and record the registry's answer for each: accepted (with its id), rejected (with its reason) or conflict (with both versions). Anything whose delivery is uncertain (the last run was cut off) is asked about first and never sent twice. Prints one line per record (JSON Lines with --json, then a summary object). Exit status 0 when every record has the registry's answer, 1 when some still wait for a retry or need attention.</source>
        <translation>Gửi mọi bản ghi đã duyệt mà cơ sở dữ liệu quốc gia chưa có (đang chờ gửi, hoặc gửi lỗi và đã đến lúc gửi lại) và ghi nhận phản hồi của cơ sở dữ liệu quốc gia cho từng bản ghi: accepted (được tiếp nhận, kèm mã), rejected (bị từ chối, kèm lý do) hoặc conflict (xung đột, kèm cả hai phiên bản). Bản ghi chưa rõ đã gửi đến nơi hay chưa (lần chạy trước bị ngắt) sẽ được hỏi lại trước và không bao giờ bị gửi hai lần. In ra mỗi bản ghi một dòng (JSON Lines khi có --json, kèm một đối tượng tổng hợp ở cuối). Mã thoát 0 khi mọi bản ghi đều đã có phản hồi của cơ sở dữ liệu quốc gia, 1 khi còn bản ghi chờ gửi lại hoặc cần xử lý.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The registry's https:// address (default: the one enrolled with).</source>
        <translation>Địa chỉ https:// của máy chủ cơ sở dữ liệu quốc gia (mặc định: địa chỉ đã dùng khi đăng ký thiết bị).</translation>
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
        <translation>Chỉ lô này.</translation>
    </message>
    <message>
        <location line="-135" />
        <source>Seconds to wait for each answer.</source>
        <translation>Số giây chờ mỗi phản hồi.</translation>
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
        <translation>Khoảng thời gian tiếp tục thử gửi lại các bản ghi lỗi đến hạn trong lần chạy này.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requests in flight at once.</source>
        <translation>Số yêu cầu được gửi đồng thời.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records per request (1-200).</source>
        <translation>Số bản ghi mỗi yêu cầu (1-200).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First retry delay in milliseconds (doubles each time).</source>
        <translation>Thời gian chờ trước lần gửi lại đầu tiên, tính bằng mili giây (tăng gấp đôi sau mỗi lần).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown sync subcommand '%1'.</source>
        <translation>Không có lệnh con sync '%1'.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>sync: %1 answered (%2 accepted, %3 rejected, %4 conflicts), %5 failed attempts; %6
</source>
        <translation>sync: %1 đã có phản hồi (%2 được tiếp nhận, %3 bị từ chối, %4 xung đột), %5 lần gửi lỗi; %6
</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 accepted, %2 rejected, %3 conflicts, %4 will retry, %5 need attention, %6 waiting (%7 requests).
</source>
        <translation>%1 được tiếp nhận, %2 bị từ chối, %3 xung đột, %4 sẽ gửi lại, %5 cần xử lý, %6 đang chờ (%7 yêu cầu).
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Enrol this office's device with a registry (administrator): registers the device's public keys with the one-time code from the registry, pins the registry's certificate or CA, and keeps the registry's keys for packages and receipts.</source>
        <translation>Đăng ký thiết bị của cơ quan này với cơ sở dữ liệu quốc gia (quản trị viên): đăng ký các khóa công khai của thiết bị bằng mã dùng một lần do cơ sở dữ liệu quốc gia cấp, ghim chứng chỉ hoặc CA của máy chủ, và lưu các khóa của cơ sở dữ liệu quốc gia dùng cho gói dữ liệu và biên nhận.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry's https:// address.</source>
        <translation>Địa chỉ https:// của máy chủ cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The one-time enrolment code.</source>
        <translation>Mã đăng ký thiết bị dùng một lần.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM file of the registry's certificate or CA to pin.</source>
        <translation>Tệp PEM chứa chứng chỉ hoặc CA của máy chủ cơ sở dữ liệu quốc gia cần ghim.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A name for this device (default: the computer's name).</source>
        <translation>Tên của thiết bị này (mặc định: tên máy tính).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>sync enrol needs --server URL, --code CODE and --ca FILE.</source>
        <translation>Lệnh sync enrol cần --server URL, --code CODE và --ca FILE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Enrolled with %1 (%2) as device %3.
</source>
        <translation>Đã đăng ký với %1 (%2), mã thiết bị %3.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Show the outbox: each batch and each record on its way to a registry, with its state, last attempt, what happened and what comes next.</source>
        <translation>Hiển thị hàng đợi gửi: từng lô và từng bản ghi đang được gửi đến cơ sở dữ liệu quốc gia, kèm trạng thái, lần gửi gần nhất, kết quả và bước tiếp theo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only records the supervisor must look at (rejected, conflict, needs attention).</source>
        <translation>Chỉ các bản ghi người duyệt cần xem xét (bị từ chối, xung đột, cần xử lý).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only records in this sync state.</source>
        <translation>Chỉ các bản ghi ở trạng thái đồng bộ này.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown sync state '%1'.</source>
        <translation>Không có trạng thái đồng bộ '%1'.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Batch '%1': %2 (%3)%4
</source>
        <translation>Lô '%1': %2 (%3)%4
</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Queue records again for the next sync: failed ones, ones that needed attention, or ones in a package that never came back (the registry is asked first, so nothing is sent twice). Give record ids or --batch NAME.</source>
        <translation>Đưa lại bản ghi vào hàng đợi cho lần đồng bộ sau: bản ghi gửi lỗi, bản ghi cần xử lý, hoặc bản ghi trong gói dữ liệu chưa có biên nhận trả về (cơ sở dữ liệu quốc gia sẽ được hỏi trước, nên không có gì bị gửi hai lần). Chỉ định ID bản ghi hoặc --batch NAME.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every record of this batch.</source>
        <translation>Mọi bản ghi của lô này.</translation>
    </message>
    <message>
        <location line="-23" />
        <location line="+24" />
        <source>Record ids.</source>
        <translation>Các ID bản ghi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sync retry needs record ids or --batch NAME.</source>
        <translation>Lệnh sync retry cần ID bản ghi hoặc --batch NAME.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 record(s) queued again.
</source>
        <translation>Đã đưa lại %1 bản ghi vào hàng đợi.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Take records that never reached the registry out of the outbox and send them back to the clerk with a reason.</source>
        <translation>Rút các bản ghi chưa đến cơ sở dữ liệu quốc gia khỏi hàng đợi gửi và trả lại cho cán bộ nhập liệu kèm lý do.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Why.</source>
        <translation>Lý do.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sync cancel needs record ids and --reason TEXT.</source>
        <translation>Lệnh sync cancel cần ID bản ghi và --reason TEXT.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 record(s) taken out of the outbox and sent back to the clerk.
</source>
        <translation>Đã rút %1 bản ghi khỏi hàng đợi gửi và trả lại cho cán bộ nhập liệu.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Send records the registry rejected or found in conflict back to the clerk, with the registry's reason. Approved again after correction, they are sent as a new submission.</source>
        <translation>Trả lại cho cán bộ nhập liệu các bản ghi bị cơ sở dữ liệu quốc gia từ chối hoặc bị xung đột, kèm lý do của cơ sở dữ liệu quốc gia. Sau khi sửa và được duyệt lại, bản ghi sẽ được gửi như một lần nộp mới.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sync return needs record ids.</source>
        <translation>Lệnh sync return cần ID bản ghi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 record(s) sent back to the clerk.
</source>
        <translation>Đã trả lại %1 bản ghi cho cán bộ nhập liệu.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import the registry's signed receipt for an offline package: the outbox takes its answers exactly as after an online sync. Importing it again changes nothing.</source>
        <translation>Nhập biên nhận có chữ ký của cơ sở dữ liệu quốc gia cho một gói dữ liệu ngoại tuyến: hàng đợi gửi ghi nhận các phản hồi giống hệt như sau khi đồng bộ trực tuyến. Nhập lại biên nhận không làm thay đổi gì.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt file.</source>
        <translation>Tệp biên nhận.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>sync import-receipt needs --receipt FILE.</source>
        <translation>Lệnh sync import-receipt cần --receipt FILE.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Receipt %1 was already imported; nothing changed.
</source>
        <translation>Biên nhận %1 đã được nhập trước đó; không có gì thay đổi.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt %1 for package %2: %3 answers, %4 outbox entries updated.
</source>
        <translation>Biên nhận %1 của gói dữ liệu %2: %3 phản hồi, đã cập nhật %4 mục trong hàng đợi gửi.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>send approved records to the registry and record its answers</source>
        <translation>gửi bản ghi đã duyệt đến cơ sở dữ liệu quốc gia và ghi nhận phản hồi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>enrol this device with a registry (administrator)</source>
        <translation>đăng ký thiết bị này với cơ sở dữ liệu quốc gia (quản trị viên)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>show the outbox: state, last attempt and reason per record</source>
        <translation>hiển thị hàng đợi gửi: trạng thái, lần gửi gần nhất và lý do của từng bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue failed or unanswered records again</source>
        <translation>đưa lại bản ghi gửi lỗi hoặc chưa có phản hồi vào hàng đợi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>take unsent records out of the outbox, back to the clerk</source>
        <translation>rút bản ghi chưa gửi khỏi hàng đợi gửi, trả lại cán bộ nhập liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>send registry-rejected or conflicting records back to the clerk</source>
        <translation>trả lại cán bộ nhập liệu các bản ghi bị cơ sở dữ liệu quốc gia từ chối hoặc bị xung đột</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import the registry's receipt for an offline package</source>
        <translation>nhập biên nhận của cơ sở dữ liệu quốc gia cho gói dữ liệu ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../app/cli/DocumentCommands.cpp" line="+37" />
        <source>Merge two documents of a batch that are one (a stack cut in the wrong place): the pages of the second are appended to the first, the second document and its record are removed, and the first's record is read again from all its pages. Only before verification.</source>
        <translation>Gộp hai tài liệu của một lô thực ra là một (tập giấy bị tách sai chỗ): các trang của tài liệu thứ hai được nối vào sau tài liệu thứ nhất, tài liệu thứ hai và bản ghi của nó bị xóa, bản ghi của tài liệu thứ nhất được đọc lại từ tất cả các trang. Chỉ thực hiện được trước khi xác minh.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The first document, then the one whose pages follow it.</source>
        <translation>Tài liệu thứ nhất, rồi tài liệu có các trang tiếp theo nó.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>documents merge needs two document IDs.</source>
        <translation>documents merge cần hai mã tài liệu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Document %1 now holds %2 page(s) (record %3); document %4 was merged into it.
</source>
        <translation>Tài liệu %1 nay có %2 trang (bản ghi %3); tài liệu %4 đã được gộp vào.
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Split a document of a batch that holds two (a stack cut in the wrong place): the pages from --at on become a new document with a record of its own, and both records are read again from their pages. Only before verification.</source>
        <translation>Tách một tài liệu của lô thực ra chứa hai tài liệu (tập giấy bị tách sai chỗ): các trang từ --at trở đi thành một tài liệu mới có bản ghi riêng, và cả hai bản ghi được đọc lại từ các trang của chúng. Chỉ thực hiện được trước khi xác minh.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The page (1-based) that starts the new document.</source>
        <translation>Trang (đánh số từ 1) bắt đầu tài liệu mới.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PAGE</source>
        <translation>TRANG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document to split.</source>
        <translation>Tài liệu cần tách.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>documents split needs one document ID.</source>
        <translation>documents split cần một mã tài liệu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>documents split needs --at PAGE, a page from 2 on.</source>
        <translation>documents split cần --at TRANG, một trang từ 2 trở đi.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Document %1 keeps %2 page(s) (record %3); its pages from %4 on are now document %5 (record %6).
</source>
        <translation>Tài liệu %1 giữ %2 trang (bản ghi %3); các trang từ %4 trở đi nay là tài liệu %5 (bản ghi %6).
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>merge two documents that are one (before verification)</source>
        <translation>gộp hai tài liệu thực ra là một (trước khi xác minh)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>split a document at a page (before verification)</source>
        <translation>tách một tài liệu tại một trang (trước khi xác minh)</translation>
    </message>
    <message>
        <location filename="../app/cli/RegistryProgram.cpp" line="+43" />
        <source>The reference registry program %1 is not installed beside sohoa-cli.</source>
        <translation>Chương trình máy chủ cơ sở dữ liệu quốc gia tham chiếu %1 chưa được cài đặt cùng thư mục với sohoa-cli.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <source>Cannot start the reference registry program %1: %2</source>
        <translation>Không khởi động được chương trình máy chủ cơ sở dữ liệu quốc gia tham chiếu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/LayoutCommands.cpp" line="-5" />
        <source>Learn the layout of a form from one document whose values are known, without any store: OCR the IMAGE, find each value of VALUES.json (canonical key -&gt; value as in SPEC section 1) on it, and write a layout file into DIR. The file holds where the values sit relative to the print of the form, never the values.</source>
        <translation>Học bố cục của một mẫu giấy tờ từ một tài liệu đã biết các giá trị, không cần kho dữ liệu: nhận dạng chữ trên IMAGE, tìm từng giá trị của VALUES.json (khóa chuẩn -&gt; giá trị như mục 1 của SPEC) trên đó, rồi ghi một tệp bố cục vào DIR. Tệp chỉ lưu vị trí của các giá trị so với phần in sẵn của mẫu, không bao giờ lưu chính các giá trị.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The record type of the document.</source>
        <translation>Loại hồ sơ của tài liệu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JSON object of the document's values.</source>
        <translation>Đối tượng JSON chứa các giá trị của tài liệu.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VALUES.json</source>
        <translation>VALUES.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder to write the layout file into.</source>
        <translation>Thư mục để ghi tệp bố cục.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name people will recognise (default: the image's name).</source>
        <translation>Một tên dễ nhận ra (mặc định: tên tệp ảnh).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A scan or PDF of the document.</source>
        <translation>Ảnh quét hoặc tệp PDF của tài liệu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>layout learn needs --type with a known record type.</source>
        <translation>Lệnh layout learn cần --type với một loại hồ sơ đã biết.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>layout learn needs --values, --out and one IMAGE.</source>
        <translation>Lệnh layout learn cần --values, --out và một IMAGE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>VALUES.json must be a JSON object of field keys and values.</source>
        <translation>VALUES.json phải là một đối tượng JSON gồm khóa trường và giá trị.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Nothing was read from %1.</source>
        <translation>Không đọc được gì từ %1.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Layout "%1" (%2): %3 of %4 fields placed, written to %5 (learned in %6 ms).
</source>
        <translation>Bố cục "%1" (%2): đã định vị %3/%4 trường, đã ghi vào %5 (học trong %6 ms).
</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Layout %1 "%2" (%3) stored, signed by %4 (key %5).
</source>
        <translation>Đã lưu bố cục %1 "%2" (%3), do %4 ký (khóa %5).
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Layout %1 "%2" (%3) stored, unsigned.
</source>
        <translation>Đã lưu bố cục %1 "%2" (%3), không có chữ ký.
</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Write every layout of the store into DIR as layout files signed with your administrator key, to share with other offices (layouts hold no personal data). The receiving office checks the signature when it imports them.</source>
        <translation>Ghi mọi bố cục của kho dữ liệu vào DIR thành các tệp bố cục được ký bằng khóa quản trị của bạn, để chia sẻ với các cơ quan khác (bố cục không chứa dữ liệu cá nhân). Cơ quan nhận sẽ kiểm tra chữ ký khi nhập.</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Folder of layout files.</source>
        <translation>Thư mục chứa các tệp bố cục.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Store every layout file of DIR (*.sohoa-layout.json) in the store; ingest and the desktop then read matching documents with them. A file that was changed after it was written or signed is refused; so is a file that is not signed, or signed with a key this office's roster does not hold, unless an administrator accepts it (--accept-unsigned, --accept-signer). An accepted key is remembered (layout signers): later files signed with it need no flag. When one file is refused, nothing is imported.</source>
        <translation>Lưu mọi tệp mẫu giấy tờ trong DIR (*.sohoa-layout.json) vào kho dữ liệu; sau đó lệnh ingest và ứng dụng máy tính đọc các tài liệu khớp mẫu bằng các mẫu này. Tệp bị thay đổi sau khi được ghi hoặc ký sẽ bị từ chối; tệp không có chữ ký, hoặc được ký bằng khóa không có trong danh sách tài khoản của cơ quan này, cũng bị từ chối, trừ khi quản trị viên chấp nhận (--accept-unsigned, --accept-signer). Khóa đã chấp nhận được ghi nhớ (layout signers): các tệp sau ký bằng khóa đó không cần tùy chọn nữa. Khi có một tệp bị từ chối thì không tệp nào được nhập.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Administrators: store unsigned layout files too (audited).</source>
        <translation>Quản trị viên: lưu cả các tệp bố cục không có chữ ký (có ghi nhật ký).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrators: trust layout files signed with the key of this fingerprint, checked with the sending office (audited; may be repeated).</source>
        <translation>Quản trị viên: tin các tệp bố cục được ký bằng khóa có dấu vân tay này, đã đối chiếu với cơ quan gửi (có ghi nhật ký; có thể lặp lại).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FINGERPRINT</source>
        <translation>DẤU_VÂN_TAY</translation>
    </message>
    <message>
        <location line="+4" />
        <source>layout import needs one DIR.</source>
        <translation>Lệnh layout import cần một DIR.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No layout files (*.sohoa-layout.json) in %1.</source>
        <translation>Không có tệp bố cục nào (*.sohoa-layout.json) trong %1.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>List the store's layouts.</source>
        <translation>Liệt kê các bố cục trong kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove a layout from the store.</source>
        <translation>Xóa một bố cục khỏi kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The layout's id (layout list).</source>
        <translation>Mã của bố cục (xem layout list).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>layout remove needs one layout ID.</source>
        <translation>Lệnh layout remove cần một ID bố cục.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Layout %1 removed.
</source>
        <translation>Đã xóa bố cục %1.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Folder to write into.</source>
        <translation>Thư mục để ghi vào.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>layout export needs --out DIR.</source>
        <translation>Lệnh layout export cần --out DIR.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Layout %1 written to %2.
</source>
        <translation>Đã ghi bố cục %1 vào %2.
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>List the keys of other offices an administrator accepted for layout files (layout import --accept-signer): files signed with them are imported without naming the key again.</source>
        <translation>Liệt kê khóa của các cơ quan khác mà quản trị viên đã chấp nhận cho tệp mẫu giấy tờ (layout import --accept-signer): tệp được ký bằng các khóa này được nhập mà không cần nêu lại khóa.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No key of another office has been accepted.
</source>
        <translation>Chưa chấp nhận khóa nào của cơ quan khác.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Administrators: forget an accepted key of another office (audited). Its files are refused again until an administrator accepts the key anew; layouts already imported stay.</source>
        <translation>Quản trị viên: bỏ một khóa đã chấp nhận của cơ quan khác (có ghi nhật ký). Tệp ký bằng khóa đó lại bị từ chối cho đến khi quản trị viên chấp nhận lại; các mẫu đã nhập vẫn được giữ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key's fingerprint (layout signers).</source>
        <translation>Dấu vân tay của khóa (layout signers).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>layout signer-remove needs one FINGERPRINT.</source>
        <translation>layout signer-remove cần đúng một FINGERPRINT.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The key %1 is no longer accepted.
</source>
        <translation>Khóa %1 không còn được chấp nhận.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>learn a form's layout from one document and its values (no store)</source>
        <translation>học bố cục của một mẫu giấy tờ từ một tài liệu và các giá trị của nó (không cần kho dữ liệu)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>store the layout files of a folder</source>
        <translation>lưu các tệp bố cục của một thư mục vào kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the store's layouts</source>
        <translation>liệt kê các bố cục trong kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remove a layout from the store</source>
        <translation>xóa một bố cục khỏi kho dữ liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write the store's layouts into a folder</source>
        <translation>ghi các bố cục của kho dữ liệu ra một thư mục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list the other offices' keys accepted for layout files</source>
        <translation>liệt kê khóa của cơ quan khác đã được chấp nhận cho tệp mẫu giấy tờ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>forget an accepted key of another office</source>
        <translation>bỏ một khóa đã chấp nhận của cơ quan khác</translation>
    </message>
</context>
<context>
    <name>sohoa::common</name>
    <message>
        <location filename="../core/common/Json.cpp" line="+33" />
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected a JSON object.</source>
        <translation>Cần một đối tượng JSON.</translation>
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
        <location filename="../core/crypto/PasswordKdf.cpp" line="+45" />
        <source>Unknown key-derivation profile '%1' (use interactive, moderate or sensitive).</source>
        <translation>Không có mức băm '%1' (dùng interactive, moderate hoặc sensitive).</translation>
    </message>
    <message>
        <location line="-29" />
        <source>The key file holds invalid key-derivation settings.</source>
        <translation>Tệp khóa chứa thông số tạo khóa không hợp lệ.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu (cần %1 MiB).</translation>
    </message>
    <message>
        <location filename="../core/crypto/SealedBox.cpp" line="+48" />
        <location line="+17" />
        <source>Sealed data is malformed.</source>
        <translation>Dữ liệu niêm phong bị sai định dạng.</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+18" />
        <source>Sealed data could not be opened.</source>
        <translation>Không mở được dữ liệu niêm phong.</translation>
    </message>
</context>
<context>
    <name>sohoa::exporting</name>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="+54" />
        <source>The export was cancelled; no file was left behind.</source>
        <translation>Đã hủy việc xuất dữ liệu; không còn tệp nào được để lại.</translation>
    </message>
    <message>
        <location filename="../core/export/EncryptedArchive.cpp" line="+37" />
        <source>The encrypted export has been altered or damaged; nothing in it can be trusted.</source>
        <translation>Tệp xuất mã hóa đã bị sửa đổi hoặc hư hỏng; không thể tin cậy bất cứ nội dung nào trong đó.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The encrypted export is incomplete (cut short while copying?).</source>
        <translation>Tệp xuất mã hóa không đầy đủ (bị cắt ngang khi sao chép?).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file is not an encrypted SoHoa export, or was made by a newer version.</source>
        <translation>Tệp này không phải tệp xuất mã hóa của SoHoa, hoặc được tạo bởi phiên bản mới hơn.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>'%1' cannot be stored in the encrypted export.</source>
        <translation>Không thể đưa '%1' vào tệp xuất mã hóa.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The passphrase of an encrypted export needs at least %1 characters.</source>
        <translation>Cụm mật khẩu của tệp xuất mã hóa cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>These key-derivation settings are refused.</source>
        <translation>Các thiết lập tạo khóa này không được chấp nhận.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; choose a new file name for the export.</source>
        <translation>%1 đã tồn tại; hãy chọn một tên tệp mới cho bản xuất.</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+187" />
        <source>the file could not be put in place</source>
        <translation>không đặt được tệp vào vị trí</translation>
    </message>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="+151" />
        <location filename="../core/export/EncryptedArchive.cpp" line="-368" />
        <location filename="../core/export/TableWriter.cpp" line="+20" />
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/EncryptedArchive.cpp" line="+233" />
        <location line="+14" />
        <source>The passphrase is wrong, or the encrypted export was altered.</source>
        <translation>Cụm mật khẩu không đúng, hoặc tệp xuất mã hóa đã bị sửa đổi.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>the folder could not be created</source>
        <translation>không tạo được thư mục</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Could not read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The folder %1 is not empty; choose a new or empty folder.</source>
        <translation>Thư mục %1 không trống; hãy chọn một thư mục mới hoặc trống.</translation>
    </message>
    <message>
        <location filename="../core/export/ApprovedExport.cpp" line="-52" />
        <source>The folder %1 is not empty; choose a new or empty folder for the export.</source>
        <translation>Thư mục %1 không trống; hãy chọn một thư mục mới hoặc thư mục trống để xuất dữ liệu.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Could not read back %1 from memory.</source>
        <translation>Không đọc lại được %1 từ bộ nhớ.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This computer offers no memory-only folder for the encrypted export's working files, so it was not started (no plaintext was written).</source>
        <translation>Máy tính này không có thư mục chỉ nằm trong bộ nhớ cho các tệp tạm của bản xuất mã hóa, nên bản xuất chưa được bắt đầu (không ghi dữ liệu nào ở dạng đọc được).</translation>
    </message>
    <message>
        <location line="+286" />
        <source>Batch '%1' has no approved land certificate.</source>
        <translation>Lô '%1' không có Giấy chứng nhận quyền sử dụng đất nào đã được phê duyệt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch '%1' has no approved birth, death or marriage record.</source>
        <translation>Lô '%1' không có hồ sơ khai sinh, khai tử hoặc kết hôn nào đã được phê duyệt.</translation>
    </message>
    <message>
        <location line="-429" />
        <location line="+32" />
        <location filename="../core/export/EncryptedArchive.cpp" line="+2" />
        <source>Could not create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportTable.cpp" line="+88" />
        <source>The record type %1 has no export table "%2".</source>
        <translation>Loại hồ sơ %1 không có bảng xuất "%2".</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The export table "%1" of %2 has a column without name or field.</source>
        <translation>Bảng xuất "%1" của %2 có một cột thiếu tên hoặc thiếu trường dữ liệu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The export table "%1" of %2 names an unknown field %3.</source>
        <translation>Bảng xuất "%1" của %2 ghi một trường không tồn tại: %3.</translation>
    </message>
    <message>
        <location filename="../core/export/TableWriter.cpp" line="+21" />
        <source>the workbook could not be created</source>
        <translation>không tạo được tệp Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+33" />
        <source>the sheet could not be created</source>
        <translation>không tạo được trang tính</translation>
    </message>
</context>
<context>
    <name>sohoa::fixtures</name>
    <message>
        <location filename="../testing/demo/DemoStore.cpp" line="+181" />
        <source>Handwritten register; key by hand</source>
        <translation>Sổ viết tay; cần nhập tay</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Handwriting: OCR could not read this page.</source>
        <translation>Chữ viết tay: OCR không đọc được trang này.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>The date of birth does not match the page; check it again.</source>
        <translation>Ngày sinh không khớp với trang sổ; vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>A demonstration store with made-up records. Accounts: clerk %1 (password %2), supervisor %3 (%4), administrator %5 (%6).</source>
        <translation>Kho dữ liệu dùng thử với các bản ghi giả định. Tài khoản: cán bộ nhập liệu %1 (mật khẩu %2), người duyệt %3 (%4), quản trị viên %5 (%6).</translation>
    </message>
</context>
<context>
    <name>sohoa::imaging</name>
    <message>
        <location filename="../core/imaging/ArchiveImage.cpp" line="+88" />
        <source>There is no image to archive.</source>
        <translation>Không có ảnh để lưu trữ.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+10" />
        <location line="+21" />
        <source>The page image cannot be compressed.</source>
        <translation>Không nén được ảnh trang.</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageCodec.cpp" line="+75" />
        <source>%1 has no pixels.</source>
        <translation>%1 không có điểm ảnh nào.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is only %2 x %3 pixels: too small to be a scanned page.</source>
        <translation>%1 chỉ có %2 x %3 điểm ảnh: quá nhỏ để là một trang quét.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 claims %2 x %3 pixels, more than any scanned page; it was not opened.</source>
        <translation>%1 ghi kích thước %2 x %3 điểm ảnh, lớn hơn mọi trang quét; tệp không được mở.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Page %1 of the TIFF file cannot be read.</source>
        <translation>Không đọc được trang %1 của tệp TIFF.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is not an image format SoHoa reads (PNG, JPEG, TIFF).</source>
        <translation>Đây không phải định dạng ảnh mà SoHoa đọc được (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The image header is damaged.</source>
        <translation>Phần đầu của tệp ảnh bị hỏng.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Page %1 of the TIFF file</source>
        <translation>Trang %1 của tệp TIFF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The JPEG file is truncated (it has no end marker).</source>
        <translation>Tệp JPEG bị cắt cụt (không có dấu kết thúc).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is damaged and cannot be decoded.</source>
        <translation>%1 bị hỏng, không giải mã được.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is damaged: its pixels do not match its header.</source>
        <translation>%1 bị hỏng: dữ liệu điểm ảnh không khớp với phần đầu tệp.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+2" />
        <source>%1 uses a pixel format SoHoa cannot convert.</source>
        <translation>%1 dùng định dạng điểm ảnh mà SoHoa không chuyển đổi được.</translation>
    </message>
    <message>
        <location filename="../core/imaging/PageCleanup.cpp" line="+365" />
        <source>There is no image to clean up.</source>
        <translation>Không có ảnh để làm sạch.</translation>
    </message>
    <message>
        <location line="-98" />
        <source>The page image cannot be converted to grey.</source>
        <translation>Không chuyển được ảnh trang sang ảnh xám.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>The page image cannot be binarised.</source>
        <translation>Không chuyển được ảnh trang sang ảnh đen trắng.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>The page image cannot be turned.</source>
        <translation>Không xoay được ảnh trang.</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest</name>
    <message>
        <location filename="../core/ingest/BatchIngest.cpp" line="+89" />
        <source>The document has no page to store.</source>
        <translation>Tài liệu không có trang nào để lưu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OCR was stopped for page(s) %1; their images are kept.</source>
        <translation>Đã dừng OCR đối với trang %1; ảnh của các trang này vẫn được giữ lại.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>%1 is already in this batch (document %2); it was not imported again.</source>
        <translation>%1 đã có trong lô này (tài liệu %2); không nhập lại.</translation>
    </message>
    <message>
        <location filename="../core/ingest/DocumentPipeline.cpp" line="+24" />
        <source>The import was cancelled before this document was done.</source>
        <translation>Việc nhập đã bị hủy trước khi xử lý xong tài liệu này.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Page %1 of this PDF holds hidden text that differs from what the page shows. The values were read from the page image instead; compare them with the page, and ask where the file came from.</source>
        <translation>Trang %1 của tệp PDF này chứa chữ ẩn khác với nội dung hiển thị trên trang. Các giá trị đã được đọc từ ảnh trang thay vì chữ ẩn; hãy đối chiếu chúng với trang và hỏi rõ nguồn gốc của tệp.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Page %1: %2</source>
        <translation>Trang %1: %2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No OCR engine is available.</source>
        <translation>Không có công cụ OCR nào khả dụng.</translation>
    </message>
    <message>
        <location line="+219" />
        <source>There are no pages.</source>
        <translation>Không có trang nào.</translation>
    </message>
    <message>
        <location filename="../core/ingest/DocumentCuts.cpp" line="+36" />
        <source>Document %1 has a record that was already verified or decided; its pages can no longer be moved.</source>
        <translation>Tài liệu %1 có bản ghi đã được xác minh hoặc đã có quyết định; không thể chuyển các trang của nó nữa.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Document %1 was keyed by hand; its pages can no longer be moved.</source>
        <translation>Tài liệu %1 đã được nhập tay; không thể chuyển các trang của nó nữa.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>A document cannot be merged with itself.</source>
        <translation>Không thể gộp một tài liệu với chính nó.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Documents %1 and %2 are in different batches.</source>
        <translation>Tài liệu %1 và %2 thuộc hai lô khác nhau.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A document with several records cannot be merged.</source>
        <translation>Không thể gộp tài liệu có nhiều bản ghi.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Document %1 has %2 page(s): it can be split at page 2 to %2.</source>
        <translation>Tài liệu %1 có %2 trang: chỉ có thể tách tại trang 2 đến trang %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A document with several records cannot be split.</source>
        <translation>Không thể tách tài liệu có nhiều bản ghi.</translation>
    </message>
    <message>
        <location filename="../core/ingest/ScanReview.cpp" line="+160" />
        <source>Page %1 could not be turned.</source>
        <translation>Không xoay được trang %1.</translation>
    </message>
    <message>
        <location filename="../core/ingest/ScanSession.cpp" line="+55" />
        <source>%1, sheet %2</source>
        <translation>%1, tờ %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, sheets %2-%3</source>
        <translation>%1, tờ %2-%3</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest::IngestJob</name>
    <message>
        <location filename="../core/ingest/IngestJob.cpp" line="+32" />
        <source>This import has already been started.</source>
        <translation>Việc nhập này đã được bắt đầu.</translation>
    </message>
</context>
<context>
    <name>sohoa::ingest::ScanJob</name>
    <message>
        <location filename="../core/ingest/ScanJob.cpp" line="+38" />
        <source>This scan has already been started.</source>
        <translation>Lần quét này đã được bắt đầu.</translation>
    </message>
</context>
<context>
    <name>sohoa::keying</name>
    <message>
        <location filename="../core/keying/BookLayout.cpp" line="+87" />
        <location line="+48" />
        <source>This book layout does not exist any more.</source>
        <translation>Mẫu sổ này không còn tồn tại.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Give the book layout a name.</source>
        <translation>Hãy đặt tên cho mẫu sổ.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../core/keying/HandKeying.cpp" line="+31" />
        <source>Unknown record type '%1'.</source>
        <translation>Không có loại hồ sơ '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A page holds between 1 and 50 entries.</source>
        <translation>Mỗi trang có từ 1 đến 50 mục.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A book layout named '%1' already exists.</source>
        <translation>Đã có mẫu sổ tên '%1'.</translation>
    </message>
    <message>
        <location filename="../core/keying/HandKeying.cpp" line="+5" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' không phải là trường của hồ sơ %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Type at least one field of the entry.</source>
        <translation>Hãy nhập ít nhất một trường của mục.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Page %1 of this document is not in the store.</source>
        <translation>Trang %1 của tài liệu này không có trong kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>You keyed this entry the first time; the second keying must be done by another clerk.</source>
        <translation>Anh/chị đã nhập mục này lần thứ nhất; lần nhập thứ hai phải do cán bộ nhập liệu khác thực hiện.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>This entry has not been keyed a second time yet.</source>
        <translation>Mục này chưa được nhập lần thứ hai.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the right value for every field that differs.</source>
        <translation>Hãy chọn giá trị đúng cho từng trường có khác biệt.</translation>
    </message>
</context>
<context>
    <name>sohoa::layouts</name>
    <message>
        <location filename="../core/layouts/LayoutFile.cpp" line="+47" />
        <source>Not a valid layout file: %1</source>
        <translation>Không phải tệp bố cục hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>name, type or pages missing</source>
        <translation>thiếu tên, loại hoặc số trang</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a landmark without text or position</source>
        <translation>một mốc in sẵn không có chữ hoặc vị trí</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a field without a landmark</source>
        <translation>một trường không có mốc in sẵn</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no fields</source>
        <translation>không có trường nào</translation>
    </message>
    <message>
        <location line="+48" />
        <source>it is not a SoHoa layout</source>
        <translation>đây không phải bố cục của SoHoa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This layout file has format version %1; this SoHoa reads version %2.</source>
        <translation>Tệp bố cục này có định dạng phiên bản %1; SoHoa này đọc phiên bản %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The layout file was changed after it was written (its checksum does not match): it is refused. Ask for a fresh copy.</source>
        <translation>Tệp bố cục đã bị sửa sau khi được ghi (mã kiểm tra không khớp) nên bị từ chối. Hãy xin một bản mới.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>its signature is not an Ed25519 signature</source>
        <translation>chữ ký của tệp không phải là chữ ký Ed25519</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The layout file's signature does not match its content: it was changed after it was signed, or the signature is forged. It is refused. Ask for a fresh copy.</source>
        <translation>Chữ ký của tệp bố cục không khớp với nội dung: tệp đã bị sửa sau khi ký, hoặc chữ ký bị giả mạo. Tệp bị từ chối. Hãy xin một bản mới.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../core/layouts/LayoutStore.cpp" line="+312" />
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../core/layouts/LayoutStore.cpp" line="+14" />
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <location filename="../core/layouts/LayoutLearn.cpp" line="+464" />
        <source>Unknown record type: %1</source>
        <translation>Loại hồ sơ không xác định: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No text was read on the page to learn from.</source>
        <translation>Không đọc được chữ nào trên trang để học.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Only %1 of the %2 values could be found on the page: too few to learn its layout. Check that the values belong to this page.</source>
        <translation>Chỉ tìm thấy %1/%2 giá trị trên trang: quá ít để học bố cục. Hãy kiểm tra các giá trị có đúng của trang này không.</translation>
    </message>
    <message>
        <location filename="../core/layouts/LayoutStore.cpp" line="-137" />
        <source>The layout "%1" is not signed: nobody vouches for where it comes from. It is refused; an administrator may accept it on purpose.</source>
        <translation>Bố cục "%1" không có chữ ký: không ai xác nhận nguồn gốc của nó. Bố cục bị từ chối; quản trị viên có thể chủ động chấp nhận.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The layout "%1" is signed with a key whose fingerprint (%2) is that of a key this office accepted, but the key itself is another one: the file is forged. It is refused.</source>
        <translation>Mẫu "%1" được ký bằng một khóa có dấu vân tay (%2) trùng với khóa mà cơ quan này đã chấp nhận, nhưng bản thân khóa lại khác: tệp là giả mạo. Tệp bị từ chối.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The layout "%1" is signed with the key %2, which this office accepted for the office %3, but the file says it comes from the office %4. It is refused; if the sending office really changed, an administrator removes the key from the accepted signers and accepts it again after checking it with that office.</source>
        <translation>Mẫu "%1" được ký bằng khóa %2, khóa mà cơ quan này đã chấp nhận cho cơ quan %3, nhưng tệp lại ghi là đến từ cơ quan %4. Tệp bị từ chối; nếu cơ quan gửi thực sự đã thay đổi, quản trị viên hãy bỏ khóa này khỏi danh sách khóa đã chấp nhận rồi chấp nhận lại sau khi đối chiếu với cơ quan đó.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The layout "%1" is signed by %2 with a key this office does not know (%3). It is refused; an administrator who has checked the key with the sending office may accept it.</source>
        <translation>Bố cục "%1" được ký bởi %2 bằng một khóa mà cơ quan này chưa biết (%3). Bố cục bị từ chối; quản trị viên đã đối chiếu khóa với cơ quan gửi có thể chấp nhận.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an unnamed account</source>
        <translation>một tài khoản không rõ tên</translation>
    </message>
    <message>
        <location line="+47" />
        <source>No accepted signing key has the fingerprint %1.</source>
        <translation>Không có khóa ký đã chấp nhận nào có dấu vân tay %1.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No layout files (*.sohoa-layout.json) in %1.</source>
        <translation>Không có tệp bố cục nào (*.sohoa-layout.json) trong %1.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Your account has no signing key yet: sign in again, then export.</source>
        <translation>Tài khoản của bạn chưa có khóa ký: hãy đăng nhập lại rồi xuất.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>There is no layout %1 in this store.</source>
        <translation>Kho dữ liệu này không có bố cục %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Only a verified record can teach a form: its values must have been checked.</source>
        <translation>Chỉ hồ sơ đã kiểm tra mới dùng để học mẫu được: các giá trị của nó phải được xác nhận trước.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This record was keyed by hand without a scanned document: there is no page to learn the form from.</source>
        <translation>Hồ sơ này được nhập tay, không có tài liệu quét: không có trang nào để học mẫu.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Give the form a name people will recognise.</source>
        <translation>Hãy đặt cho mẫu một tên dễ nhận ra.</translation>
    </message>
</context>
<context>
    <name>sohoa::ocr</name>
    <message>
        <location filename="../core/ocr/SearchablePdf.cpp" line="+80" />
        <source>A page image cannot be read.</source>
        <translation>Không đọc được một ảnh trang.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A page image cannot be decoded.</source>
        <translation>Không giải mã được một ảnh trang.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>A PDF needs at least one page.</source>
        <translation>Tệp PDF cần có ít nhất một trang.</translation>
    </message>
    <message>
        <location filename="../core/ocr/OcrEngine.cpp" line="+259" />
        <source>The OCR model for '%1' is not installed (%1.traineddata). Install the package tesseract-ocr-vie or set TESSDATA_PREFIX.</source>
        <translation>Chưa cài mô hình OCR cho '%1' (%1.traineddata). Hãy cài gói tesseract-ocr-vie hoặc đặt TESSDATA_PREFIX.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tesseract could not load the '%1' model from %2.</source>
        <translation>Tesseract không tải được mô hình '%1' từ %2.</translation>
    </message>
    <message>
        <location line="+70" />
        <location line="+11" />
        <location line="+42" />
        <location line="+53" />
        <source>OCR was cancelled.</source>
        <translation>Đã hủy OCR.</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Tesseract could not read this page.</source>
        <translation>Tesseract không đọc được trang này.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The page's geometry cannot be mapped back.</source>
        <translation>Không thể ánh xạ ngược hình học của trang.</translation>
    </message>
</context>
<context>
    <name>sohoa::records</name>
    <message>
        <location filename="../core/records/RecordRepository.cpp" line="+188" />
        <location line="+48" />
        <source>There is no record %1.</source>
        <translation>Không có bản ghi %1.</translation>
    </message>
    <message>
        <location filename="../core/records/RecordType.cpp" line="+53" />
        <source>Invalid record type definition: %1</source>
        <translation>Định nghĩa loại hồ sơ không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>sohoa::registry</name>
    <message>
        <location filename="../server/registry/DemoCertificates.cpp" line="+24" />
        <source>The 'openssl' program is needed to make demonstration certificates; install it or give --tls-cert and --tls-key.</source>
        <translation>Cần chương trình 'openssl' để tạo chứng chỉ trình diễn; hãy cài đặt chương trình này hoặc dùng --tls-cert và --tls-key.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>openssl failed: %1</source>
        <translation>openssl bị lỗi: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../server/RegistryCommands.cpp" line="+198" />
        <source>Cannot create %1.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <location line="+31" />
        <location filename="../server/RegistryCommands.cpp" line="+10" />
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryRecords.cpp" line="+84" />
        <source>The registry requires the field '%1' for a %2 record.</source>
        <translation>Cơ sở dữ liệu quốc gia yêu cầu trường '%1' đối với bản ghi %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field '%1' is not text.</source>
        <translation>Trường '%1' không phải dạng văn bản.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is not a date (YYYY-MM-DD).</source>
        <translation>'%1' không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a personal identification number (12 digits).</source>
        <translation>'%1' không phải là số định danh cá nhân (12 chữ số).</translation>
    </message>
    <message>
        <location line="+133" />
        <source>This record key was already used for different content.</source>
        <translation>Khóa bản ghi này đã được dùng cho nội dung khác.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The %1 registry does not hold records of type '%2'.</source>
        <translation>Cơ sở dữ liệu %1 không lưu bản ghi loại '%2'.</translation>
    </message>
    <message>
        <location line="-175" />
        <source>The registry already holds this event (%1) with different content.</source>
        <translation>Cơ sở dữ liệu quốc gia đã có sự kiện này (%1) với nội dung khác.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The personal identification number %1 belongs to another person in the registry (record %2).</source>
        <translation>Số định danh cá nhân %1 thuộc về người khác trong cơ sở dữ liệu quốc gia (bản ghi %2).</translation>
    </message>
    <message>
        <location line="+187" />
        <source>The request names no batch key.</source>
        <translation>Yêu cầu không ghi khóa lô.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send 1 to %1 records per request.</source>
        <translation>Mỗi yêu cầu gửi từ 1 đến %1 bản ghi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every record needs its own key (1 to 128 characters).</source>
        <translation>Mỗi bản ghi cần có khóa riêng (từ 1 đến 128 ký tự).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 needs a type, fields and a list of pages.</source>
        <translation>Bản ghi %1 cần có loại, các trường và danh sách trang.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>A page of record %1 has no valid hash.</source>
        <translation>Một trang của bản ghi %1 không có mã băm hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n page image(s) cited by these records are not (completely) uploaded.</source>
        <translation>
            <numerusform>%n ảnh trang được các bản ghi này dẫn chiếu chưa được tải lên (đầy đủ).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryStore.cpp" line="+204" />
        <source>No registry data in %1 (registry.json is missing). Create it with 'serve-registry init'.</source>
        <translation>Không có dữ liệu máy chủ cơ sở dữ liệu quốc gia tại %1 (thiếu registry.json). Hãy tạo bằng 'serve-registry init'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a SoHoa registry file.</source>
        <translation>%1 không phải là tệp dữ liệu máy chủ cơ sở dữ liệu quốc gia của SoHoa.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is damaged.</source>
        <translation>%1 bị hỏng.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The registry passphrase must have at least 12 characters.</source>
        <translation>Cụm mật khẩu của máy chủ cơ sở dữ liệu quốc gia phải có ít nhất 12 ký tự.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 already holds a registry.</source>
        <translation>%1 đã chứa dữ liệu máy chủ cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../server/RegistryCommands.cpp" line="+233" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The registry key does not open %1 (wrong passphrase or key file).</source>
        <translation>Khóa máy chủ cơ sở dữ liệu quốc gia không mở được %1 (sai cụm mật khẩu hoặc tệp khóa).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The registry data in %1 has schema %2; this program knows %3.</source>
        <translation>Dữ liệu máy chủ cơ sở dữ liệu quốc gia tại %1 dùng lược đồ %2; chương trình này chỉ hỗ trợ %3.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The registry's keys are missing.</source>
        <translation>Thiếu các khóa của cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryEnrolment.cpp" line="+58" />
        <source>Name the office the code is for.</source>
        <translation>Hãy ghi tên cơ quan được cấp mã.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The device's public keys are missing or malformed.</source>
        <translation>Khóa công khai của thiết bị bị thiếu hoặc sai định dạng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The enrolment request is not signed by the key it presents.</source>
        <translation>Yêu cầu đăng ký thiết bị không được ký bằng khóa mà yêu cầu đó đưa ra.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This enrolment code is unknown, expired or already used. Ask the registry administrator for a new one.</source>
        <translation>Mã đăng ký thiết bị này không tồn tại, đã hết hạn hoặc đã được sử dụng. Hãy đề nghị quản trị viên cơ sở dữ liệu quốc gia cấp mã mới.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>This device key is already enrolled.</source>
        <translation>Khóa thiết bị này đã được đăng ký.</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../server/registry/RegistryOffice.cpp" line="+217" />
        <source>The roster must be a list.</source>
        <translation>Danh sách tài khoản phải là một danh sách.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The device '%1' is not enrolled with this registry.</source>
        <translation>Thiết bị '%1' chưa đăng ký với cơ sở dữ liệu quốc gia này.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryInspection.cpp" line="+104" />
        <source>The registry holds no image %1.</source>
        <translation>Cơ sở dữ liệu quốc gia không có ảnh %1.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryOffice.cpp" line="-143" />
        <source>Since %1 the registry takes nothing from this device: %2</source>
        <translation>Từ %1, cơ sở dữ liệu quốc gia không nhận gì từ thiết bị này nữa: %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The audit trail head is malformed.</source>
        <translation>Mốc cuối của nhật ký kiểm toán bị sai định dạng.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>An audit trail checkpoint is malformed.</source>
        <translation>Một mốc kiểm tra của nhật ký kiểm toán bị sai định dạng.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>entry %1 of the office's audit trail is no longer the one it showed the registry on %2: the history was rewritten</source>
        <translation>mục %1 trong nhật ký kiểm toán của cơ quan không còn là mục đã gửi cơ sở dữ liệu quốc gia ngày %2: lịch sử đã bị viết lại</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the office's audit trail no longer shows entry %1 that it showed the registry on %2</source>
        <translation>nhật ký kiểm toán của cơ quan không còn mục %1 đã gửi cơ sở dữ liệu quốc gia ngày %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the office's audit trail ends at entry %1, before entry %2 that it showed the registry on %3</source>
        <translation>nhật ký kiểm toán của cơ quan kết thúc ở mục %1, trước mục %2 đã gửi cơ sở dữ liệu quốc gia ngày %3</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryPackages.cpp" line="+190" />
        <source>The package names device '%1', which is not enrolled with this registry. It was refused.</source>
        <translation>Gói dữ liệu ghi thiết bị '%1', thiết bị này chưa đăng ký với cơ sở dữ liệu quốc gia này. Gói dữ liệu đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device '%1' was revoked; its packages are refused.</source>
        <translation>Thiết bị '%1' đã bị thu hồi; các gói dữ liệu của thiết bị này bị từ chối.</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Another device used this package id.</source>
        <translation>Mã gói dữ liệu này đã được thiết bị khác sử dụng.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>The manifest names another package.</source>
        <translation>Bảng kê ghi một gói dữ liệu khác.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>The manifest must come first.</source>
        <translation>Bảng kê phải nằm ở đầu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 does not match the package manifest.</source>
        <translation>%1 không khớp với bảng kê của gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Files listed in the manifest are missing.</source>
        <translation>Thiếu các tệp được liệt kê trong bảng kê.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The manifest names no batch.</source>
        <translation>Bảng kê không ghi lô nào.</translation>
    </message>
    <message>
        <location line="-63" />
        <source>A page image cited by record %1 is not in the package.</source>
        <translation>Một ảnh trang được bản ghi %1 dẫn chiếu không có trong gói dữ liệu.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryUploads.cpp" line="+33" />
        <source>Ask about at most %1 keys at a time.</source>
        <translation>Mỗi lần chỉ hỏi tối đa %1 khóa.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>This image was begun with another length.</source>
        <translation>Ảnh này đã bắt đầu được tải lên với độ dài khác.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The registry holds %1 of %2 bytes of this image; continue from there.</source>
        <translation>Cơ sở dữ liệu quốc gia đã nhận %1/%2 byte của ảnh này; hãy tiếp tục từ vị trí đó.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This device's storage at the registry is full (%1 of %2 bytes); ask the registry's administrator.</source>
        <translation>Dung lượng lưu trữ của thiết bị này tại cơ sở dữ liệu đã đầy (%1 trên %2 byte); hãy liên hệ người quản trị cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The uploaded image does not match its hash; it was discarded. Send it again.</source>
        <translation>Ảnh tải lên không khớp với mã băm nên đã bị loại bỏ. Hãy gửi lại.</translation>
    </message>
    <message>
        <location filename="../server/registry/RequestFramer.cpp" line="+137" />
        <source>Request headers too large.</source>
        <translation>Phần tiêu đề của yêu cầu quá lớn.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+9" />
        <source>The request's head has a line break that is not CR LF.</source>
        <translation>Phần đầu của yêu cầu có ngắt dòng không phải CR LF.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request's head contains control characters.</source>
        <translation>Phần đầu của yêu cầu chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folded or indented header lines are not accepted.</source>
        <translation>Không chấp nhận dòng tiêu đề bị gập hoặc thụt đầu dòng.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+7" />
        <source>The request line is not METHOD TARGET HTTP/1.1.</source>
        <translation>Dòng yêu cầu không có dạng PHƯƠNG_THỨC ĐÍCH HTTP/1.1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The registry does not implement this method.</source>
        <translation>Cơ sở dữ liệu không hỗ trợ phương thức này.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A header line is not NAME: VALUE.</source>
        <translation>Một dòng tiêu đề không có dạng TÊN: GIÁ TRỊ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request has more than one Content-Length.</source>
        <translation>Yêu cầu có nhiều hơn một Content-Length.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>The Content-Length is not a number of bytes.</source>
        <translation>Content-Length không phải là một số byte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request body (%1 bytes) exceeds the limit of %2 bytes.</source>
        <translation>Nội dung yêu cầu (%1 byte) vượt quá giới hạn %2 byte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Send a Content-Length; chunked bodies are not accepted.</source>
        <translation>Hãy gửi Content-Length; không chấp nhận nội dung gửi theo từng khúc (chunked).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The registry does not switch protocols.</source>
        <translation>Cơ sở dữ liệu không chuyển sang giao thức khác.</translation>
    </message>
    <message>
        <location filename="../server/registry/RegistryServer.cpp" line="+140" />
        <location line="+6" />
        <source>The request did not arrive in time.</source>
        <translation>Yêu cầu không đến kịp thời hạn.</translation>
    </message>
    <message>
        <location line="+272" />
        <source>The JSON body is larger than %1 bytes.</source>
        <translation>Phần thân JSON lớn hơn %1 byte.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unsupported schema version '%1'; this registry speaks %2.</source>
        <translation>Không hỗ trợ phiên bản lược đồ '%1'; cơ sở dữ liệu quốc gia này dùng phiên bản %2.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The request is not signed (Sohoa-Device, -Timestamp, -Nonce and -Signature headers).</source>
        <translation>Yêu cầu chưa được ký (thiếu các tiêu đề Sohoa-Device, -Timestamp, -Nonce và -Signature).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This device was revoked by the registry administrator.</source>
        <translation>Thiết bị này đã bị quản trị viên cơ sở dữ liệu quốc gia thu hồi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request's signature is not valid.</source>
        <translation>Chữ ký của yêu cầu không hợp lệ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device's clock differs from the registry's by %1 seconds; set it right.</source>
        <translation>Đồng hồ của thiết bị lệch %1 giây so với đồng hồ của cơ sở dữ liệu quốc gia; hãy chỉnh lại cho đúng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The request was signed before the registry started; sign it again.</source>
        <translation>Yêu cầu được ký trước khi máy chủ cơ sở dữ liệu quốc gia khởi động; hãy ký lại.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This request was already received (replay).</source>
        <translation>Yêu cầu này đã được nhận trước đó (gửi lặp lại).</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+68" />
        <source>Too many requests from this device; wait %1 s.</source>
        <translation>Thiết bị này gửi quá nhiều yêu cầu; hãy chờ %1 giây.</translation>
    </message>
    <message>
        <location line="-62" />
        <location filename="../server/registry/RequestFramer.cpp" line="+9" />
        <source>The registry is receiving too much at once; try again shortly.</source>
        <translation>Cơ sở dữ liệu đang nhận quá nhiều dữ liệu cùng lúc; hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Use GET.</source>
        <translation>Hãy dùng GET.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+27" />
        <location line="+11" />
        <location line="+11" />
        <location line="+18" />
        <source>Use POST.</source>
        <translation>Hãy dùng POST.</translation>
    </message>
    <message>
        <location line="-53" />
        <source>No such endpoint: %1</source>
        <translation>Không có điểm truy cập này: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>Không đọc được chứng chỉ hoặc khóa TLS (%1, %2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The TLS certificate or private key is not valid PEM (EC or RSA).</source>
        <translation>Chứng chỉ TLS hoặc khóa bí mật không phải PEM hợp lệ (EC hoặc RSA).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Không lắng nghe được trên %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../server/RegistryCommands.cpp" line="-400" />
        <source>The registry's data folder.</source>
        <translation>Thư mục dữ liệu của máy chủ cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File whose first line is the passphrase that encrypts the registry's data (or SOHOA_REGISTRY_KEY). Without it, a folder made by 'serve-registry' in demonstration mode uses its own DIR/registry.key.</source>
        <translation>Tệp có dòng đầu là cụm mật khẩu dùng để mã hóa dữ liệu của máy chủ cơ sở dữ liệu quốc gia (hoặc SOHOA_REGISTRY_KEY). Nếu không có, thư mục do 'serve-registry' tạo ở chế độ trình diễn sẽ dùng tệp DIR/registry.key của chính thư mục đó.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+90" />
        <location line="+2" />
        <location line="+283" />
        <location line="+2" />
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location line="-364" />
        <location line="+3" />
        <location line="+42" />
        <source>registry passphrase</source>
        <translation>cụm mật khẩu của máy chủ cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Give the registry passphrase with --key-file FILE or SOHOA_REGISTRY_KEY.</source>
        <translation>Hãy cung cấp cụm mật khẩu của máy chủ cơ sở dữ liệu quốc gia bằng --key-file FILE hoặc SOHOA_REGISTRY_KEY.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the registry's data folder with --data DIR.</source>
        <translation>Hãy chỉ định thư mục dữ liệu của máy chủ cơ sở dữ liệu quốc gia bằng --data DIR.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Create the reference registry's encrypted data folder with fresh keys.</source>
        <translation>Tạo thư mục dữ liệu mã hóa của máy chủ cơ sở dữ liệu quốc gia tham chiếu, với các khóa mới.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The registry's name shown to offices.</source>
        <translation>Tên máy chủ cơ sở dữ liệu quốc gia hiển thị cho các cơ quan.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+59" />
        <location line="+242" />
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location line="-299" />
        <source>Passphrase hashing cost: interactive, moderate (default) or sensitive.</source>
        <translation>Mức độ băm cụm mật khẩu: interactive, moderate (mặc định) hoặc sensitive.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PROFILE</source>
        <translation>MỨC</translation>
    </message>
    <message>
        <location line="+6" />
        <source>serve-registry init needs --data DIR and --key-file FILE.</source>
        <translation>Lệnh serve-registry init cần --data DIR và --key-file FILE.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Registry data created in %1.
</source>
        <translation>Đã tạo dữ liệu máy chủ cơ sở dữ liệu quốc gia tại %1.
</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Run the reference national registry (civil-status and land endpoints) over HTTPS, for tests and demonstrations. Its data folder is encrypted (SQLCipher). A folder that does not exist yet is created: with --key-file the passphrase comes from that file; without it a random passphrase is written to DIR/registry.key (demonstration mode: the key then sits beside the data). Without --tls-cert/--tls-key a demonstration CA and certificate are made in DIR/tls with openssl; offices pin DIR/tls/ca.pem. Stops on SIGTERM or Ctrl+C.

Other commands: serve-registry init, enrol-code, import, stats, records, devices, revoke-device, accept-history.</source>
        <translation>Chạy máy chủ cơ sở dữ liệu quốc gia tham chiếu (các điểm truy cập hộ tịch và đất đai) qua HTTPS, dùng để kiểm thử và trình diễn. Thư mục dữ liệu được mã hóa (SQLCipher). Thư mục chưa tồn tại sẽ được tạo mới: có --key-file thì cụm mật khẩu lấy từ tệp đó; nếu không, một cụm mật khẩu ngẫu nhiên được ghi vào DIR/registry.key (chế độ trình diễn: khi đó khóa nằm cạnh dữ liệu). Nếu không có --tls-cert/--tls-key, một CA và chứng chỉ trình diễn được tạo trong DIR/tls bằng openssl; các cơ quan ghim DIR/tls/ca.pem. Dừng khi nhận SIGTERM hoặc Ctrl+C.

Các lệnh khác: serve-registry init, enrol-code, import, stats, records, devices, revoke-device, accept-history.</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Địa chỉ và cổng để lắng nghe (cổng 0: một cổng trống bất kỳ).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM certificate (chain) of the server.</source>
        <translation>Chứng chỉ PEM (chuỗi chứng chỉ) của máy chủ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PEM private key of the server.</source>
        <translation>Khóa riêng PEM của máy chủ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requests per second allowed per device (0: no limit).</source>
        <translation>Số yêu cầu mỗi giây cho phép đối với mỗi thiết bị (0: không giới hạn).</translation>
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
        <translation>Số yêu cầu một thiết bị được gửi cùng lúc vượt mức giới hạn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Largest request body accepted, in bytes.</source>
        <translation>Kích thước tối đa của nội dung yêu cầu được chấp nhận, tính bằng byte.</translation>
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
        <translation>Tên máy chủ cơ sở dữ liệu quốc gia (cho thư mục dữ liệu mới).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log one line per request on stderr (no personal data).</source>
        <translation>Ghi một dòng nhật ký cho mỗi yêu cầu ra stderr (không kèm dữ liệu cá nhân).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connections open at once; more are closed.</source>
        <translation>Số kết nối được mở cùng lúc; các kết nối vượt quá sẽ bị đóng.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Time allowed for the TLS handshake and for each request's head, in milliseconds.</source>
        <translation>Thời gian cho phép để bắt tay TLS và để nhận phần đầu của mỗi yêu cầu (mili giây).</translation>
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
        <translation>Kết nối không có dữ liệu trong khoảng thời gian này sẽ bị đóng (mili giây).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Request bodies announced and not yet received on all connections together, in bytes.</source>
        <translation>Tổng dung lượng nội dung yêu cầu đã báo trước nhưng chưa nhận xong trên mọi kết nối (byte).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Page-image bytes the registry stores for one device.</source>
        <translation>Dung lượng ảnh trang (byte) mà cơ sở dữ liệu lưu cho một thiết bị.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Uploads not finished after this many hours are deleted.</source>
        <translation>Các lần tải lên chưa xong sau chừng ấy giờ sẽ bị xóa.</translation>
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
        <translation>Lệnh serve-registry cần --data DIR.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--listen needs HOST:PORT with an IP address or localhost, e.g. 127.0.0.1:8443.</source>
        <translation>--listen cần HOST:PORT với địa chỉ IP hoặc localhost, ví dụ 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Demonstration mode: the registry's passphrase was written to %1, beside the data. A real registry keeps it elsewhere (--key-file on another medium).
</source>
        <translation>Chế độ trình diễn: cụm mật khẩu của máy chủ cơ sở dữ liệu quốc gia đã được ghi vào %1, cạnh dữ liệu. Máy chủ thật phải cất cụm mật khẩu ở nơi khác (--key-file trên một phương tiện lưu trữ khác).
</translation>
    </message>
    <message>
        <location line="+102" />
        <source>SoHoa reference registry listening on %1
</source>
        <translation>Máy chủ cơ sở dữ liệu quốc gia tham chiếu SoHoa đang lắng nghe tại %1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offices pin the CA certificate %1
</source>
        <translation>Các cơ quan ghim chứng chỉ CA %1
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Registry stopped after %1 requests.
</source>
        <translation>Máy chủ cơ sở dữ liệu quốc gia đã dừng sau %1 yêu cầu.
</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Issue a one-time enrolment code for an office's device. Give it to the office; its administrator runs 'sohoa-cli sync enrol' with it.</source>
        <translation>Cấp mã đăng ký thiết bị dùng một lần cho thiết bị của một cơ quan. Gửi mã cho cơ quan đó; quản trị viên của cơ quan chạy 'sohoa-cli sync enrol' với mã này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office (commune) the code is for.</source>
        <translation>Cơ quan (xã) được cấp mã.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How long the code can be used.</source>
        <translation>Thời hạn sử dụng mã.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>serve-registry enrol-code needs --office NAME.</source>
        <translation>Lệnh serve-registry enrol-code cần --office NAME.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Import an office's offline package (from removable media) and write the signed receipt to carry back. Importing the same package again writes the same receipt and changes nothing.</source>
        <translation>Nhập gói dữ liệu ngoại tuyến của một cơ quan (từ thiết bị lưu trữ di động) và ghi biên nhận có chữ ký để mang về. Nhập lại cùng một gói dữ liệu sẽ ghi ra đúng biên nhận đó và không thay đổi gì.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The package file.</source>
        <translation>Tệp gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where to write the receipt.</source>
        <translation>Nơi ghi biên nhận.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>serve-registry import needs --package FILE and --receipt-out FILE.</source>
        <translation>Lệnh serve-registry import cần --package FILE và --receipt-out FILE.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Receipt written to %1.
</source>
        <translation>Đã ghi biên nhận vào %1.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Counts of the registry: devices, records, answers, and how often something was received twice (deduplicated).</source>
        <translation>Số liệu thống kê của máy chủ cơ sở dữ liệu quốc gia: thiết bị, bản ghi, phản hồi, và số lần nhận trùng lặp (đã loại bỏ trùng).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>List the records the registry holds (JSON Lines with --json).</source>
        <translation>Liệt kê các bản ghi mà máy chủ cơ sở dữ liệu quốc gia đang lưu (JSON Lines khi có --json).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>List the enrolled devices.</source>
        <translation>Liệt kê các thiết bị đã đăng ký.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>  (revoked)</source>
        <translation>  (đã thu hồi)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Revoke a device: its requests and packages are refused from now on.</source>
        <translation>Thu hồi một thiết bị: từ nay mọi yêu cầu và gói dữ liệu của thiết bị đó đều bị từ chối.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>The device id.</source>
        <translation>Mã thiết bị.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve-registry revoke-device needs --device ID.</source>
        <translation>Lệnh serve-registry revoke-device cần --device ID.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device %1 revoked.
</source>
        <translation>Đã thu hồi thiết bị %1.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Accept a device's audit trail after the registry refused it as rewritten, once the office has explained why (for example a store restored from a backup): the heads it anchored are forgotten and its next sync anchors afresh.</source>
        <translation>Chấp nhận lại nhật ký kiểm toán của một thiết bị sau khi cơ sở dữ liệu quốc gia đã từ chối vì nhật ký bị viết lại, khi cơ quan đã giải thích lý do (ví dụ khôi phục kho dữ liệu từ bản sao lưu): các mốc đã ghi được bỏ đi và lần đồng bộ sau sẽ ghi mốc mới.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve-registry accept-history needs --device ID.</source>
        <translation>serve-registry accept-history cần --device ID.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Device %1: its audit trail will be anchored afresh at its next sync.
</source>
        <translation>Thiết bị %1: nhật ký kiểm toán sẽ được ghi mốc lại từ đầu ở lần đồng bộ sau.
</translation>
    </message>
</context>
<context>
    <name>sohoa::render</name>
    <message>
        <location filename="../testing/render/FormRenderer.cpp" line="+517" />
        <source>The form of %1 has no layout %2.</source>
        <translation>Biểu mẫu %1 không có bố cục %2.</translation>
    </message>
    <message>
        <location line="+251" />
        <source>Resolution %1 dpi is out of range.</source>
        <translation>Độ phân giải %1 dpi nằm ngoài phạm vi cho phép.</translation>
    </message>
</context>
<context>
    <name>sohoa::search</name>
    <message>
        <location filename="../core/search/Duplicates.cpp" line="+240" />
        <source>Probably the same person and event as record %1 (%2% alike).</source>
        <translation>Có thể trùng với hồ sơ số %1 (cùng người, cùng sự kiện; giống nhau %2%).</translation>
    </message>
</context>
<context>
    <name>sohoa::store</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+68" />
        <source>The disk is full: nothing from this step was saved. Free some space and try again; everything saved before is intact.</source>
        <translation>Ổ đĩa đã đầy: thao tác vừa rồi chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file is not a SoHoa store, its header is damaged, or the key is wrong.</source>
        <translation>Tệp này không phải kho dữ liệu SoHoa, phần đầu tệp bị hỏng, hoặc khóa không đúng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store is damaged (%1). Restore it from the latest backup.</source>
        <translation>Kho dữ liệu bị hỏng (%1). Hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store file cannot be opened or created (%1). Check the folder exists and is writable.</source>
        <translation>Không mở hoặc tạo được tệp kho dữ liệu (%1). Hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store cannot be written (%1). Check the folder's permissions.</source>
        <translation>Không ghi được vào kho dữ liệu (%1). Hãy kiểm tra quyền của thư mục.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store is busy in another program; try again in a moment.</source>
        <translation>Kho dữ liệu đang được chương trình khác sử dụng; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location line="+71" />
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
        <location line="+34" />
        <source>This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing to store data unencrypted.</source>
        <translation>Bản dựng SoHoa này dùng SQLite thường thay vì SQLCipher; từ chối lưu dữ liệu không mã hóa.</translation>
    </message>
    <message>
        <location filename="../core/store/Keyring.cpp" line="+39" />
        <source>The store's key file is damaged (%1). Restore the store folder from a backup.</source>
        <translation>Tệp khóa của kho dữ liệu bị hỏng (%1). Hãy khôi phục thư mục kho từ bản sao lưu.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+285" />
        <source>Could not save the key file %1 (%2); the previous one is unchanged.</source>
        <translation>Không lưu được tệp khóa %1 (%2); tệp cũ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location line="-225" />
        <source>Could not replace %1.</source>
        <translation>Không thay thế được %1.</translation>
    </message>
    <message>
        <location line="+110" />
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
        <location line="+5" />
        <source>This store was written by a newer SoHoa (key file version %1). Install the newer SoHoa to open it.</source>
        <translation>Kho dữ liệu này do phiên bản SoHoa mới hơn tạo ra (tệp khóa phiên bản %1). Hãy cài phiên bản SoHoa mới hơn để mở.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>store identity missing</source>
        <translation>thiếu định danh kho dữ liệu</translation>
    </message>
    <message>
        <location line="+32" />
        <source>a key slot is incomplete</source>
        <translation>một ô khóa bị thiếu thông tin</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The store's key file was changed by a program other than SoHoa; nothing was changed. Restore the store folder from a backup.</source>
        <translation>Tệp khóa của kho dữ liệu đã bị một chương trình khác ngoài SoHoa sửa đổi; không có gì được thay đổi. Hãy khôi phục thư mục kho dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+3" />
        <source>a signing key is damaged</source>
        <translation>một khóa ký bị hỏng</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+50" />
        <source>This store was written by a newer version of SoHoa (schema %1; this version knows up to %2). It was not changed. Install the newer SoHoa to open it.</source>
        <translation>Kho dữ liệu này do phiên bản SoHoa mới hơn tạo ra (lược đồ %1; phiên bản này chỉ đọc được đến %2). Kho không bị thay đổi. Hãy cài phiên bản SoHoa mới hơn để mở.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Nâng cấp kho dữ liệu lên lược đồ %1 thất bại: %2</translation>
    </message>
    <message>
        <location filename="../core/store/StoreUseLock.cpp" line="+15" />
        <source>The store is open in another SoHoa window or program. Close it there first, then try again.</source>
        <translation>Kho dữ liệu đang được mở trong cửa sổ SoHoa hoặc chương trình khác. Hãy đóng kho ở đó trước rồi thử lại.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::sync</name>
    <message>
        <location filename="../core/sync/Device.cpp" line="+34" />
        <source>This office is not enrolled with a registry yet. An administrator runs 'sohoa-cli sync enrol --server URL --code CODE --ca FILE' with the code from the registry.</source>
        <translation>Cơ quan này chưa đăng ký thiết bị với cơ sở dữ liệu quốc gia. Quản trị viên cần chạy 'sohoa-cli sync enrol --server URL --code CODE --ca FILE' với mã do cơ sở dữ liệu quốc gia cấp.</translation>
    </message>
    <message>
        <location filename="../core/sync/Enrolment.cpp" line="+26" />
        <location filename="../core/sync/SyncEngine.cpp" line="+664" />
        <source>The registry address must be an https:// URL (got '%1').</source>
        <translation>Địa chỉ máy chủ cơ sở dữ liệu quốc gia phải là URL https:// (giá trị nhận được: '%1').</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the enrolment code from the registry.</source>
        <translation>Hãy nhập mã đăng ký thiết bị do cơ sở dữ liệu quốc gia cấp.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Enrolment failed: %1</source>
        <translation>Đăng ký thiết bị thất bại: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The registry's enrolment answer is incomplete.</source>
        <translation>Phản hồi đăng ký thiết bị của cơ sở dữ liệu quốc gia không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../core/sync/OfflinePackages.cpp" line="+90" />
        <source>No approved record of batch '%1' is waiting to be sent (accepted, answered, or already in a package: see the outbox).</source>
        <translation>Lô '%1' không có bản ghi đã duyệt nào đang chờ gửi (đã được tiếp nhận, đã có phản hồi hoặc đã nằm trong gói dữ liệu: xem hàng đợi gửi).</translation>
    </message>
    <message>
        <location line="+89" />
        <source>In package %1 (%2), written %3; waiting for the registry's receipt.</source>
        <translation>Nằm trong gói dữ liệu %1 (%2), ghi lúc %3; đang chờ biên nhận của cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n record(s) in package %1.</source>
        <translation>
            <numerusform>Đã xuất %n bản ghi vào gói dữ liệu %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../core/sync/Package.cpp" line="+222" />
        <location line="+33" />
        <location line="+57" />
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is too large to be a receipt.</source>
        <translation>%1 quá lớn, không thể là biên nhận.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The registry's receipt for package %1 has no answer for this record; retry it online or in a new package.</source>
        <translation>Biên nhận của cơ sở dữ liệu quốc gia cho gói dữ liệu %1 không có phản hồi cho bản ghi này; hãy gửi lại trực tuyến hoặc trong một gói dữ liệu mới.</translation>
    </message>
    <message>
        <location filename="../core/sync/OutboxJournal.cpp" line="+31" />
        <source>land registry</source>
        <translation>cơ sở dữ liệu quốc gia về đất đai</translation>
    </message>
    <message>
        <location line="+0" />
        <source>civil-status registry</source>
        <translation>cơ sở dữ liệu quốc gia về hộ tịch</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Accepted: the %1 already held this event identically as %2.</source>
        <translation>Đã tiếp nhận: %1 đã có sự kiện này với nội dung giống hệt, mã %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted by the %1 as %2.</source>
        <translation>Đã được %1 tiếp nhận, mã %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflict: the %1 holds a different version of this event (%2). Compare both versions and decide.</source>
        <translation>Xung đột: %1 đang lưu một phiên bản khác của sự kiện này (%2). Hãy so sánh hai phiên bản rồi quyết định.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rejected by the %1: %2 (%3).</source>
        <translation>Bị %1 từ chối: %2 (%3).</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+217" />
        <source>Waiting to be sent.</source>
        <translation>Đang chờ gửi.</translation>
    </message>
    <message>
        <location line="-216" />
        <source>No national registry takes records of type '%1'.</source>
        <translation>Không có cơ sở dữ liệu quốc gia nào tiếp nhận bản ghi loại '%1'.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The last sync was interrupted while this record was being sent; the registry will be asked whether it arrived before anything is sent again.</source>
        <translation>Lần đồng bộ trước bị gián đoạn khi đang gửi bản ghi này; trước khi gửi lại, hệ thống sẽ hỏi cơ sở dữ liệu quốc gia xem bản ghi đã đến chưa.</translation>
    </message>
    <message>
        <location line="+179" />
        <location filename="../core/sync/SyncEngine.cpp" line="-229" />
        <source>Sending to the registry.</source>
        <translation>Đang gửi đến cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The registry gave an answer this version of SoHoa does not know ('%1').</source>
        <translation>Cơ sở dữ liệu quốc gia trả về phản hồi mà phiên bản SoHoa này không nhận biết ('%1').</translation>
    </message>
    <message>
        <location line="+123" />
        <location filename="../core/sync/SyncRound.cpp" line="+60" />
        <source>No page image with hash %1.</source>
        <translation>Không có ảnh trang nào có mã băm %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The stored page image %1 no longer matches its hash.</source>
        <translation>Ảnh trang %1 đã lưu không còn khớp với mã băm.</translation>
    </message>
    <message>
        <location filename="../core/sync/Outbox.cpp" line="+122" />
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected by the registry</source>
        <translation>Bị cơ sở dữ liệu quốc gia từ chối</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conflict with the registry</source>
        <translation>Xung đột với cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed, will retry</source>
        <translation>Lỗi, sẽ gửi lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location line="+171" />
        <source>Queued again by %1.</source>
        <translation>Đã được %1 đưa lại vào hàng đợi.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Say why the record is taken out of the outbox.</source>
        <translation>Hãy ghi lý do rút bản ghi khỏi hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Record %1 is not in the outbox.</source>
        <translation>Bản ghi %1 không có trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 may already be at the registry (%2); run a sync or import the receipt to learn its answer first.</source>
        <translation>Bản ghi %1 có thể đã đến cơ sở dữ liệu quốc gia (%2); hãy đồng bộ hoặc nhập biên nhận để biết phản hồi trước.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Record %1 was not rejected by the registry and has no conflict.</source>
        <translation>Bản ghi %1 không bị cơ sở dữ liệu quốc gia từ chối và không có xung đột.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registry: %1 [%2]</source>
        <translation>Cơ sở dữ liệu quốc gia: %1 [%2]</translation>
    </message>
    <message>
        <location filename="../core/sync/Package.cpp" line="-278" />
        <source>The package is damaged or incomplete (%1). Copy it again from the office.</source>
        <translation>Gói dữ liệu bị hỏng hoặc không đầy đủ (%1). Hãy sao chép lại từ cơ quan gửi.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+198" />
        <location line="+12" />
        <source>the file ends too early</source>
        <translation>tệp kết thúc sớm hơn dự kiến</translation>
    </message>
    <message>
        <location line="-176" />
        <source>This file is not a SoHoa package.</source>
        <translation>Tệp này không phải là gói dữ liệu SoHoa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This package was written by a newer SoHoa (format version %1).</source>
        <translation>Gói dữ liệu này được tạo bằng phiên bản SoHoa mới hơn (phiên bản định dạng %1).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>header incomplete</source>
        <translation>phần đầu không đầy đủ</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The registry's package key is missing: enrol this device with the registry first.</source>
        <translation>Thiếu khóa gói dữ liệu của cơ sở dữ liệu quốc gia: hãy đăng ký thiết bị này với cơ sở dữ liệu quốc gia trước.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Writing the package failed (%1). Is the medium full or removed?</source>
        <translation>Ghi gói dữ liệu thất bại (%1). Có phải thiết bị lưu trữ đã đầy hoặc đã bị rút ra?</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 is too large for a package.</source>
        <translation>%1 quá lớn để đưa vào gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Writing the package failed (%1).</source>
        <translation>Ghi gói dữ liệu thất bại (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saving the package failed (%1). Is the medium full or removed?</source>
        <translation>Lưu gói dữ liệu thất bại (%1). Có phải thiết bị lưu trữ đã đầy hoặc đã bị rút ra?</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is not a SoHoa package.</source>
        <translation>%1 không phải là gói dữ liệu SoHoa.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>read error</source>
        <translation>lỗi đọc</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the signature is missing</source>
        <translation>thiếu chữ ký</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The package's signature does not match the device that it names: it was changed after it was written, or it is not from that device. It was refused.</source>
        <translation>Chữ ký của gói dữ liệu không khớp với thiết bị được ghi trong gói: gói đã bị sửa đổi sau khi ghi, hoặc không phải do thiết bị đó tạo ra. Gói dữ liệu đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file changed while it was read</source>
        <translation>tệp bị thay đổi trong lúc đang đọc</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This package was sealed for another registry key.</source>
        <translation>Gói dữ liệu này được niêm phong cho một khóa cơ sở dữ liệu quốc gia khác.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This package cannot be opened with this registry's key.</source>
        <translation>Không mở được gói dữ liệu này bằng khóa của cơ sở dữ liệu quốc gia này.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>bad stream header</source>
        <translation>phần đầu luồng dữ liệu không hợp lệ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the end of the content is missing</source>
        <translation>thiếu phần cuối của nội dung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bad frame length</source>
        <translation>độ dài khung không hợp lệ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a block fails its authentication</source>
        <translation>một khối không vượt qua bước xác thực</translation>
    </message>
    <message>
        <location line="+5" />
        <source>misplaced end block</source>
        <translation>khối kết thúc nằm sai vị trí</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an entry is incomplete</source>
        <translation>một mục không đầy đủ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>bad entry header</source>
        <translation>phần đầu mục không hợp lệ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unexpected data block</source>
        <translation>khối dữ liệu không mong đợi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the last entry is incomplete</source>
        <translation>mục cuối cùng không đầy đủ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown block</source>
        <translation>khối không xác định</translation>
    </message>
    <message>
        <location line="+11" />
        <source>entry count mismatch</source>
        <translation>số mục không khớp</translation>
    </message>
    <message>
        <location line="+5" />
        <source>extra bytes after the content</source>
        <translation>có byte thừa sau nội dung</translation>
    </message>
    <message>
        <location filename="../core/sync/Protocol.cpp" line="+174" />
        <source>Malformed upload bundle: %1</source>
        <translation>Bộ dữ liệu tải lên sai định dạng: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unsupported schema version '%1'.</source>
        <translation>Không hỗ trợ phiên bản lược đồ '%1'.</translation>
    </message>
    <message>
        <location filename="../core/sync/Receipt.cpp" line="+23" />
        <source>The receipt is damaged or incomplete (%1). Ask the registry for a new copy.</source>
        <translation>Biên nhận bị hỏng hoặc không đầy đủ (%1). Hãy đề nghị cơ sở dữ liệu quốc gia cấp bản mới.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This file is not a SoHoa receipt.</source>
        <translation>Tệp này không phải là biên nhận SoHoa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>too short</source>
        <translation>quá ngắn</translation>
    </message>
    <message>
        <location filename="../core/sync/Package.cpp" line="-147" />
        <location filename="../core/sync/Receipt.cpp" line="+7" />
        <source>bad header length</source>
        <translation>độ dài phần đầu không hợp lệ</translation>
    </message>
    <message>
        <location filename="../core/sync/Receipt.cpp" line="+8" />
        <source>bad length</source>
        <translation>độ dài không hợp lệ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file is not a SoHoa receipt of a known version.</source>
        <translation>Tệp này không phải là biên nhận SoHoa thuộc phiên bản đã biết.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt is not signed by the registry this device is enrolled with, or it was changed. It was refused.</source>
        <translation>Biên nhận không được ký bởi cơ sở dữ liệu quốc gia mà thiết bị này đã đăng ký, hoặc đã bị sửa đổi. Biên nhận đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This receipt is for another device (%1), not this office's (%2). It was refused.</source>
        <translation>Biên nhận này dành cho thiết bị khác (%1), không phải thiết bị của cơ quan này (%2). Biên nhận đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt cannot be opened with this device's key.</source>
        <translation>Không mở được biên nhận bằng khóa của thiết bị này.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>header and content disagree</source>
        <translation>phần đầu và nội dung không khớp nhau</translation>
    </message>
    <message>
        <location filename="../core/sync/RegistryClient.cpp" line="+61" />
        <source>The registry answered HTTP %1.</source>
        <translation>Máy chủ cơ sở dữ liệu quốc gia trả về HTTP %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The registry certificate file holds no PEM certificate.</source>
        <translation>Tệp chứng chỉ của máy chủ cơ sở dữ liệu quốc gia không chứa chứng chỉ PEM nào.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The registry did not answer within %1 s.</source>
        <translation>Cơ sở dữ liệu quốc gia không phản hồi trong vòng %1 giây.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The registry's TLS certificate is not the one pinned at enrolment, or the connection was tampered with (%1). Nothing was sent.</source>
        <translation>Chứng chỉ TLS của máy chủ cơ sở dữ liệu quốc gia không phải chứng chỉ đã ghim khi đăng ký thiết bị, hoặc kết nối đã bị can thiệp (%1). Chưa có dữ liệu nào được gửi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No answer from the registry: %1</source>
        <translation>Không có phản hồi từ cơ sở dữ liệu quốc gia: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The registry closed the connection before answering.</source>
        <translation>Máy chủ cơ sở dữ liệu quốc gia đã đóng kết nối trước khi phản hồi.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The registry's answer is too large.</source>
        <translation>Phản hồi của cơ sở dữ liệu quốc gia quá lớn.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The registry answered in a form this client does not read.</source>
        <translation>Cơ sở dữ liệu quốc gia phản hồi theo định dạng mà chương trình này không đọc được.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The registry's answer has no length.</source>
        <translation>Phản hồi của cơ sở dữ liệu quốc gia không ghi độ dài.</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+25" />
        <location line="+44" />
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="-374" />
        <source>The registry does not accept this device any more: ask the registry for a new enrolment code and enrol again, then retry.</source>
        <translation>Cơ sở dữ liệu quốc gia không còn chấp nhận thiết bị này: hãy đề nghị cấp mã đăng ký thiết bị mới, đăng ký lại rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check that the registry address is right; if the registry changed its certificate, enrol again with the new one.</source>
        <translation>Hãy kiểm tra địa chỉ máy chủ cơ sở dữ liệu quốc gia có đúng không; nếu máy chủ đã thay chứng chỉ, hãy đăng ký thiết bị lại với chứng chỉ mới.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This device's key does not match the registry's record of it: enrol again.</source>
        <translation>Khóa của thiết bị này không khớp với thông tin mà cơ sở dữ liệu quốc gia đang lưu: hãy đăng ký thiết bị lại.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This office's audit trail differs from what it showed the registry before: it was changed outside SoHoa. Nothing is sent until an administrator has checked the audit trail with the registry.</source>
        <translation>Nhật ký kiểm toán của cơ quan khác với những gì đã gửi cơ sở dữ liệu quốc gia trước đây: nhật ký đã bị sửa bên ngoài SoHoa. Sẽ không gửi gì cho đến khi quản trị viên kiểm tra nhật ký kiểm toán cùng cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The office's list of accounts and keys does not match the one the registry holds. An administrator must check the accounts before anything is sent.</source>
        <translation>Danh sách tài khoản và khóa của cơ quan không khớp với danh sách cơ sở dữ liệu quốc gia đang giữ. Quản trị viên phải kiểm tra các tài khoản trước khi gửi tiếp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report this to the registry's support with the code shown.</source>
        <translation>Hãy báo lỗi này cho bộ phận hỗ trợ của cơ sở dữ liệu quốc gia, kèm mã lỗi đang hiển thị.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>%1 The clock difference was corrected; sending again.</source>
        <translation>%1 Đã điều chỉnh chênh lệch đồng hồ; đang gửi lại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 Set this computer's date and time right.</source>
        <translation>%1 Hãy chỉnh lại ngày giờ của máy tính này cho đúng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The sync was stopped before the registry answered.</source>
        <translation>Quá trình đồng bộ đã dừng trước khi cơ sở dữ liệu quốc gia phản hồi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The registry refused the request: %1 %2</source>
        <translation>Cơ sở dữ liệu quốc gia từ chối yêu cầu: %1 %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 Will retry automatically (attempt %2).</source>
        <translation>%1 Sẽ tự động gửi lại (lần thử thứ %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>Asking the registry about %n record(s) whose delivery is uncertain.</source>
        <translation>
            <numerusform>Đang hỏi cơ sở dữ liệu quốc gia về %n bản ghi chưa rõ đã gửi đến hay chưa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+159" />
        <source>Sending %n record(s).</source>
        <translation>
            <numerusform>Đang gửi %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72" />
        <source>The registry's reply had no answer for this record.</source>
        <translation>Phản hồi của cơ sở dữ liệu quốc gia thiếu kết quả cho bản ghi này.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n answer(s) received.</source>
        <translation>
            <numerusform>Đã nhận %n phản hồi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 accepted, %2 rejected, %3 conflicts so far.</source>
        <translation>Đến nay: %1 được tiếp nhận, %2 bị từ chối, %3 xung đột.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sending the office's roster and audit trail head to the registry.</source>
        <translation>Đang gửi danh sách tài khoản của cơ quan và mốc nhật ký kiểm toán tới cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The registry refused this office's state: %1 %2</source>
        <translation>Cơ sở dữ liệu quốc gia đã từ chối trạng thái của cơ quan: %1 %2</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The registry asked to wait until %1.</source>
        <translation>Cơ sở dữ liệu quốc gia yêu cầu chờ đến %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Waiting to retry at %1.</source>
        <translation>Đang chờ gửi lại lúc %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/Approvals.cpp" line="+129" />
        <source>'%1' has more statements waiting to be sent than a roster row can list; send them to the registry first.</source>
        <translation>'%1' có nhiều lời xác nhận đang chờ gửi hơn số một dòng danh sách tài khoản có thể ghi; hãy gửi chúng lên cơ sở dữ liệu quốc gia trước.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>The office's roster is malformed.</source>
        <translation>Danh sách tài khoản của cơ quan bị sai định dạng.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The office sent an empty roster.</source>
        <translation>Cơ quan đã gửi một danh sách tài khoản rỗng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's roster does not hold: %1</source>
        <translation>Danh sách tài khoản của cơ quan không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The office's roster has another root administrator than the one registered at enrolment.</source>
        <translation>Danh sách tài khoản của cơ quan có quản trị viên gốc khác với quản trị viên đã ghi nhận khi đăng ký thiết bị.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's roster lost rows the registry holds.</source>
        <translation>Danh sách tài khoản của cơ quan bị mất những dòng mà cơ sở dữ liệu quốc gia đang giữ.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The office's roster changed the row of '%1' that the registry holds.</source>
        <translation>Danh sách tài khoản của cơ quan đã thay đổi dòng của '%1' mà cơ sở dữ liệu quốc gia đang giữ.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The registry has no roster of this office's accounts, so it cannot check who approved the record. Sync again from an up-to-date SoHoa.</source>
        <translation>Cơ sở dữ liệu quốc gia chưa có danh sách tài khoản của cơ quan nên không kiểm tra được ai đã duyệt hồ sơ. Hãy đồng bộ lại bằng phiên bản SoHoa mới.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The statement of '%1' is in a format this registry does not know.</source>
        <translation>Lời xác nhận của '%1' có định dạng mà cơ sở dữ liệu quốc gia này không biết.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The statement of '%1' does not say when it was made.</source>
        <translation>Lời xác nhận của '%1' không cho biết được lập khi nào.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The record is signed by '%1', who is not in the office's roster.</source>
        <translation>Hồ sơ được ký bởi '%1', người không có trong danh sách tài khoản của cơ quan.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The statement of '%1' was made after the account was disabled, or cannot show it was made before.</source>
        <translation>Lời xác nhận của '%1' được lập sau khi tài khoản bị khóa, hoặc không chứng minh được là đã lập trước đó.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' may not confirm records.</source>
        <translation>'%1' không có quyền xác nhận hồ sơ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'%1' may not approve records.</source>
        <translation>'%1' không có quyền duyệt hồ sơ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The signature of '%1' does not match this record's content and page images.</source>
        <translation>Chữ ký của '%1' không khớp với nội dung và ảnh trang của bản ghi này.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The statement of '%1' is dated before the account was disabled, but it was not among the account's statements waiting to be sent when it was disabled.</source>
        <translation>Lời xác nhận của '%1' ghi thời điểm trước khi tài khoản bị khóa, nhưng không có trong danh sách các lời xác nhận của tài khoản đang chờ gửi lúc tài khoản bị khóa.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The record lacks the signed confirmation of a clerk or the signed approval of a supervisor.</source>
        <translation>Hồ sơ thiếu chữ ký xác nhận của cán bộ nhập liệu hoặc chữ ký duyệt của người phụ trách.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was confirmed and approved by the same account.</source>
        <translation>Hồ sơ được xác nhận và duyệt bởi cùng một tài khoản.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The approval of '%1' claims to come before the confirmation it approves.</source>
        <translation>Lời phê duyệt của '%1' ghi thời điểm trước lời xác nhận mà nó phê duyệt.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>The registry did not answer: %1</source>
        <translation>Cơ sở dữ liệu quốc gia không trả lời: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the registry anchored entry %1 on %2, but the audit trail here ends before it</source>
        <translation>cơ sở dữ liệu quốc gia đã ghi mốc mục %1 ngày %2, nhưng nhật ký kiểm toán ở đây kết thúc trước mục đó</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 is not the one the registry anchored on %2: the history was rewritten</source>
        <translation>mục %1 không còn là mục cơ sở dữ liệu quốc gia đã ghi mốc ngày %2: lịch sử đã bị viết lại</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRound.cpp" line="+52" />
        <source>The registry's reply had no answer for a page image.</source>
        <translation>Phản hồi của cơ sở dữ liệu quốc gia thiếu kết quả cho một ảnh trang.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The registry does not take the rest of a page image.</source>
        <translation>Cơ sở dữ liệu quốc gia không nhận phần còn lại của ảnh trang.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui</name>
    <message>
        <location filename="../ui/common/Labels.cpp" line="+16" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR running</source>
        <translation>Đang nhận dạng OCR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR failed</source>
        <translation>Nhận dạng OCR không thành công</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To verify</source>
        <translation>Chờ kiểm tra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync failed</source>
        <translation>Đồng bộ không thành công</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Clerk</source>
        <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unknown type</source>
        <translation>Loại không xác định</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Required field missing</source>
        <translation>Thiếu trường bắt buộc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invalid date</source>
        <translation>Ngày không hợp lệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date in the future</source>
        <translation>Ngày trong tương lai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates out of order</source>
        <translation>Các ngày sai trình tự</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID format</source>
        <translation>Định dạng số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID province code</source>
        <translation>Mã tỉnh trong số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID century/sex digit</source>
        <translation>Chữ số thế kỷ/giới tính trong số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal ID birth year</source>
        <translation>Năm sinh trong số định danh cá nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Under marriage age</source>
        <translation>Chưa đủ tuổi kết hôn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land-use purpose code</source>
        <translation>Mã mục đích sử dụng đất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land area</source>
        <translation>Diện tích đất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown administrative unit</source>
        <translation>Đơn vị hành chính không xác định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre-2025 administrative unit</source>
        <translation>Đơn vị hành chính trước năm 2025</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legacy text encoding</source>
        <translation>Bảng mã chữ cũ (không phải Unicode)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Possible duplicate</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code not in its list</source>
        <translation>Mã không có trong danh mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a number</source>
        <translation>Không phải là số</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date in words disagrees</source>
        <translation>Ngày ghi bằng chữ không khớp</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not ready</source>
        <translation>Chưa sẵn sàng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready to send</source>
        <translation>Sẵn sàng gửi</translation>
    </message>
    <message>
        <location filename="../ui/common/Messages.cpp" line="+15" />
        <source>Your account's role does not allow this. Ask a supervisor or an administrator to do it.</source>
        <translation>Vai trò của tài khoản anh/chị không được phép thực hiện thao tác này. Đề nghị người duyệt hoặc quản trị viên thực hiện.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing from this step was saved. Try again; if it happens again, note the time and call the district IT support.</source>
        <translation>Thao tác vừa rồi chưa được lưu. Vui lòng thử lại; nếu vẫn không được, hãy ghi lại thời điểm xảy ra và liên hệ bộ phận hỗ trợ CNTT của huyện.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone may have changed this record meanwhile. The list has been refreshed; open the record again.</source>
        <translation>Có thể bản ghi này vừa được người khác sửa. Danh sách đã được làm mới; vui lòng mở lại bản ghi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the fields marked in red (or use the suggested fix), then confirm again.</source>
        <translation>Hãy sửa các trường được đánh dấu đỏ (hoặc dùng cách sửa được gợi ý), rồi xác nhận lại.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another supervisor must approve or reject it: the person who verified a record cannot also approve it.</source>
        <translation>Bản ghi phải do một người duyệt khác duyệt hoặc trả lại: người đã kiểm tra bản ghi không được đồng thời duyệt bản ghi đó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An administrator enrols this computer with the registry under Settings &gt; National registry, with the one-time code the registry gives out.</source>
        <translation>Quản trị viên đăng ký máy tính này với cơ sở dữ liệu quốc gia tại Cài đặt &gt; Cơ sở dữ liệu quốc gia, bằng mã dùng một lần do cơ sở dữ liệu quốc gia cấp.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry could not be reached. Nothing is lost: the records stay in the outbox and are sent at the next sync. Check the network, or export a package for a USB stick.</source>
        <translation>Không kết nối được cơ sở dữ liệu quốc gia. Không mất dữ liệu nào: các bản ghi vẫn nằm trong hàng đợi gửi và sẽ được gửi ở lần đồng bộ sau. Hãy kiểm tra mạng, hoặc xuất gói dữ liệu ra USB.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registry's certificate is not the one this computer was enrolled with. Do not go on; call the district IT support.</source>
        <translation>Chứng chỉ của cơ sở dữ liệu quốc gia không phải chứng chỉ đã ghim khi đăng ký máy tính này. Không tiếp tục; hãy gọi bộ phận hỗ trợ công nghệ thông tin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close other programs and try again.</source>
        <translation>Hãy đóng các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This computer is not enrolled with the national registry yet.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This step could not be done.</source>
        <translation>Không thực hiện được bước này.</translation>
    </message>
    <message>
        <location filename="../ui/verify/FieldFormat.cpp" line="+18" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private use</source>
        <translation>Sử dụng riêng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared use</source>
        <translation>Sử dụng chung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Long-term</source>
        <translation>Lâu dài</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Type the date as day/month/year, e.g. 05/09/2019.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/2019.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type one of: %1.</source>
        <translation>Nhập một trong các giá trị: %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type "%1" or a date (day/month/year).</source>
        <translation>Nhập "%1" hoặc một ngày (ngày/tháng/năm).</translation>
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
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 125.5</source>
        <translation>ví dụ 125,5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. ONT+CLN</source>
        <translation>ví dụ ONT+CLN</translation>
    </message>
    <message>
        <location filename="../ui/outbox/SyncRun.cpp" line="+59" />
        <source>%1 accepted, %2 rejected, %3 in conflict.</source>
        <translation>%1 được chấp nhận, %2 bị từ chối, %3 xung đột.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) not delivered yet; they stay in the outbox.</source>
        <translation>%1 bản ghi chưa được gửi đến; các bản ghi này vẫn nằm trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stopped before the end; what was answered is kept.</source>
        <translation>Đã dừng trước khi xong; các kết quả đã nhận được vẫn được giữ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was waiting to be sent.</source>
        <translation>Không có gì đang chờ gửi.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditModel.cpp" line="+16" />
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong password</source>
        <translation>Nhập sai mật khẩu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account locked</source>
        <translation>Tài khoản bị khóa tạm thời</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign-in refused: account locked</source>
        <translation>Từ chối đăng nhập: tài khoản đang bị khóa tạm thời</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong recovery code</source>
        <translation>Nhập sai mã khôi phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery code used</source>
        <translation>Sử dụng mã khôi phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field corrected</source>
        <translation>Sửa giá trị trường</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record confirmed</source>
        <translation>Xác nhận bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record approved</source>
        <translation>Duyệt bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record rejected</source>
        <translation>Trả lại bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record keyed by hand</source>
        <translation>Nhập tay bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch created</source>
        <translation>Tạo lô</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double keying changed</source>
        <translation>Thay đổi chế độ nhập hai lần</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry keyed a second time</source>
        <translation>Nhập mục lần 2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double-keying differences resolved</source>
        <translation>Xử lý chênh lệch nhập hai lần</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Book layout saved</source>
        <translation>Lưu bố cục sổ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Account added</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in refused</source>
        <translation>Từ chối đăng nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirmation undone</source>
        <translation>Hoàn tác xác nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry keyed by hand</source>
        <translation>Nhập tay mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Book layout used</source>
        <translation>Dùng bố cục sổ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Records exported for the registry</source>
        <translation>Xuất bản ghi gửi cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry receipt read</source>
        <translation>Đọc biên nhận của cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending tried again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Computer enrolled with the registry</source>
        <translation>Đăng ký máy tính với cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup made</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup restored</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store key change started</source>
        <translation>Bắt đầu đổi khóa kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store key changed</source>
        <translation>Đổi khóa kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store created</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Document imported</source>
        <translation>Nhập tài liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued for the registry</source>
        <translation>Đưa vào hàng đợi gửi cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent to the registry</source>
        <translation>Gửi lên cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry answered</source>
        <translation>Cơ sở dữ liệu quốc gia trả lời</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending failed</source>
        <translation>Gửi không thành công</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unreadable request refused</source>
        <translation>Từ chối yêu cầu không đọc được</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recovery code issued</source>
        <translation>Cấp mã khôi phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account enabled</source>
        <translation>Mở lại tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account disabled</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account deleted</source>
        <translation>Đã xóa tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password reset with a recovery code</source>
        <translation>Đặt lại mật khẩu bằng mã khôi phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued sign-in events lost</source>
        <translation>Mất các sự kiện đăng nhập đang chờ ghi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queued sign-in events altered</source>
        <translation>Các sự kiện đăng nhập đang chờ ghi bị sửa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account lock removed outside SoHoa</source>
        <translation>Khóa tài khoản bị gỡ bên ngoài SoHoa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic lock time changed</source>
        <translation>Đổi thời gian tự khóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record put on hold</source>
        <translation>Tạm giữ hồ sơ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record taken off hold</source>
        <translation>Bỏ tạm giữ hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning accepted as on the paper</source>
        <translation>Chấp nhận cảnh báo (giấy ghi đúng như vậy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents merged</source>
        <translation>Gộp tài liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document split</source>
        <translation>Tách tài liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>National tables exported</source>
        <translation>Xuất bảng theo chuẩn quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form layout taught</source>
        <translation>Ghi nhớ mẫu giấy tờ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form layout removed</source>
        <translation>Xóa mẫu giấy tờ đã ghi nhớ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another office's layout signing key accepted</source>
        <translation>Đã chấp nhận khóa ký mẫu của cơ quan khác</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another office's layout signing key removed</source>
        <translation>Đã bỏ khóa ký mẫu của cơ quan khác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account list signed</source>
        <translation>Ký danh sách tài khoản</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Other action</source>
        <translation>Thao tác khác</translation>
    </message>
    <message>
        <location line="+21" />
        <source>SoHoa (automatic)</source>
        <translation>SoHoa (tự động)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+13" />
        <source>the store</source>
        <translation>kho dữ liệu</translation>
    </message>
    <message>
        <location line="-6" />
        <source>record %1</source>
        <translation>bản ghi %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>batch %1</source>
        <translation>lô %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>account %1</source>
        <translation>tài khoản %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>document %1</source>
        <translation>tài liệu %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 confirmed %2 at %3</source>
        <translation>%1 xác nhận %2 lúc %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 took back the confirmation of %2 at %3</source>
        <translation>%1 hoàn tác việc xác nhận %2 lúc %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 approved %2 at %3</source>
        <translation>%1 duyệt %2 lúc %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 returned %2 at %3: %4</source>
        <translation>%1 trả lại %2 lúc %3: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changed %2 of %3 at %4: "%5" became "%6"</source>
        <translation>%1 sửa %2 của %3 lúc %4: "%5" thành "%6"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 keyed %2 by hand at %3</source>
        <translation>%1 nhập tay %2 lúc %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 signed in at %2</source>
        <translation>%1 đăng nhập lúc %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 signed out at %2</source>
        <translation>%1 đăng xuất lúc %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wrong password was given for %1 at %2</source>
        <translation>Nhập sai mật khẩu cho %1 lúc %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 created %2 at %3</source>
        <translation>%1 tạo %2 lúc %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 (%3) at %4</source>
        <translation>%1: %2 (%3) lúc %4</translation>
    </message>
    <message>
        <location filename="../ui/common/PageImageLoader.cpp" line="+48" />
        <source>Page %1 of this document is not in the store.</source>
        <translation>Trang %1 của tài liệu này không có trong kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The stored image of page %1 cannot be shown (format %2).</source>
        <translation>Không hiển thị được ảnh đã lưu của trang %1 (định dạng %2).</translation>
    </message>
    <message>
        <location filename="../ui/settings/RegistryPanel.cpp" line="+186" />
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/signin/UpgradeNotice.cpp" line="+16" />
        <source>Updating the store for this version of SoHoa. This happens once; a large store takes a few minutes...</source>
        <translation>Đang nâng cấp kho dữ liệu cho phiên bản SoHoa này. Việc này chỉ làm một lần; kho dữ liệu lớn mất vài phút...</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="+127" />
        <source>Fonts</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No font with all Vietnamese letters was found, so some names may show wrongly. Ask IT support to install DejaVu or Liberation 2 fonts.</source>
        <translation>Không tìm thấy phông chữ hiển thị đủ các chữ cái tiếng Việt nên một số tên có thể hiển thị sai. Đề nghị bộ phận hỗ trợ CNTT cài đặt phông chữ DejaVu hoặc Liberation 2.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AccountsPage</name>
    <message>
        <location filename="../ui/admin/AccountsPage.cpp" line="+36" />
        <source>Change the store key now</source>
        <translation>Đổi khóa kho dữ liệu ngay</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ lan.nguyen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first password; tell it to the person in private</source>
        <translation>mật khẩu ban đầu; chỉ báo riêng cho người dùng</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account name:</source>
        <translation>&amp;Tên tài khoản:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First &amp;password:</source>
        <translation>&amp;Mật khẩu ban đầu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reset password...</source>
        <translation>Đặt lại mật khẩu...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable / enable</source>
        <translation>Khóa / mở khóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete account...</source>
        <translation>Xóa tài khoản...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change role to the one chosen below</source>
        <translation>Đổi sang vai trò chọn bên dưới</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, must choose a new password</source>
        <translation>, phải đặt mật khẩu mới</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Account %1 added. Tell the person the first password in private.</source>
        <translation>Đã thêm tài khoản %1. Hãy báo riêng mật khẩu ban đầu cho người dùng.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+30" />
        <location line="+53" />
        <location line="+80" />
        <source>Choose an account in the list first.</source>
        <translation>Hãy chọn một tài khoản trong danh sách trước.</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+34" />
        <source>New temporary password for %1 (they must choose their own at the next sign-in):</source>
        <translation>Mật khẩu tạm thời mới cho %1 (người dùng phải tự đặt mật khẩu riêng ở lần đăng nhập sau):</translation>
    </message>
    <message>
        <location line="-23" />
        <source>The password of %1 was reset.</source>
        <translation>Đã đặt lại mật khẩu của %1.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Enable account</source>
        <translation>Bật lại tài khoản</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account %1 is enabled again with the new password. Tell the person in private.</source>
        <translation>Tài khoản %1 đã được bật lại với mật khẩu mới. Hãy báo riêng cho người dùng.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Delete account</source>
        <translation>Xóa tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the account %1? Its password stops opening the store, the store gets a new key, and the registry refuses what it signs from now on. Its entries in the audit trail keep its name. This cannot be undone.</source>
        <translation>Xóa tài khoản %1? Mật khẩu của tài khoản này sẽ không còn mở được kho dữ liệu, kho dữ liệu được đổi khóa mới, và cơ sở dữ liệu quốc gia từ chối mọi thứ tài khoản này ký từ nay. Các mục của tài khoản trong nhật ký kiểm tra vẫn giữ tên của nó. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the account</source>
        <translation>Xóa tài khoản</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Account %1 is deleted.</source>
        <translation>Tài khoản %1 đã bị xóa.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Changing the store key...</source>
        <translation>Đang đổi khóa kho dữ liệu...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account %1 is deleted: its password no longer opens the store. Changing the store key...</source>
        <translation>Tài khoản %1 đã bị xóa: mật khẩu của tài khoản này không còn mở được kho dữ liệu. Đang đổi khóa kho dữ liệu...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Account %1 is disabled: its password no longer opens the store. Changing the store key...</source>
        <translation>Tài khoản %1 đã bị khóa: mật khẩu của tài khoản này không còn mở được kho dữ liệu. Đang đổi khóa kho dữ liệu...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Account %1 is deleted: its password no longer opens the store. </source>
        <translation>Tài khoản %1 đã bị xóa: mật khẩu của tài khoản này không còn mở được kho dữ liệu. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1 is disabled: its password no longer opens the store. </source>
        <translation>Tài khoản %1 đã bị khóa: mật khẩu của tài khoản này không còn mở được kho dữ liệu. </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store still needs a new data key, so that a copy of the key its owner may have kept opens nothing: %1 Press "Change the store key now" when no import or sync is running.</source>
        <translation>Kho dữ liệu vẫn cần một khóa dữ liệu mới để bản sao khóa mà chủ tài khoản có thể còn giữ không mở được gì: %1 Hãy bấm "Đổi khóa kho dữ liệu ngay" khi không có lượt nhập hay đồng bộ nào đang chạy.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Account %1 is deleted. </source>
        <translation>Tài khoản %1 đã bị xóa. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1 is disabled. </source>
        <translation>Tài khoản %1 đã bị khóa. </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store now uses a new data key: a copy of the old key opens nothing.</source>
        <translation>Kho dữ liệu nay dùng khóa dữ liệu mới: bản sao của khóa cũ không mở được gì.</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Account %1 is disabled.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AppController</name>
    <message>
        <location filename="../ui/mainwindow/AppController.cpp" line="+76" />
        <source>Preparing a demonstration store with made-up records...</source>
        <translation>Đang chuẩn bị kho dữ liệu dùng thử với các bản ghi giả định...</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Demonstration store</source>
        <translation>Kho dữ liệu dùng thử</translation>
    </message>
    <message numerus="yes">
        <location line="+124" />
        <source>SoHoa locked itself after %n minute(s) without use. Your work is saved; sign in to continue.</source>
        <translation>
            <numerusform>SoHoa đã tự khóa sau %n phút không sử dụng. Công việc của anh/chị đã được lưu; hãy đăng nhập để tiếp tục.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The window is locked. Your work is saved; sign in to continue.</source>
        <translation>Cửa sổ đã bị khóa. Công việc của anh/chị đã được lưu; hãy đăng nhập để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AuditModel</name>
    <message>
        <location filename="../ui/audit/AuditModel.cpp" line="+66" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Concerning</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+42" />
        <source>Show more</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <location line="+9" />
        <source>any account</source>
        <translation>mọi tài khoản</translation>
    </message>
    <message>
        <location line="+2" />
        <source>any record</source>
        <translation>mọi bản ghi</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A&amp;ccount:</source>
        <translation>Tài &amp;khoản:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record &amp;no.:</source>
        <translation>&amp;Số bản ghi:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>Đến &amp;ngày:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Check the chain</source>
        <translation>Kiểm tra &amp;chuỗi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recompute every entry's hash to prove nothing was changed or removed</source>
        <translation>Tính lại mã băm của từng mục để chứng minh không có mục nào bị sửa hoặc xóa</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Checking the audit trail...</source>
        <translation>Đang kiểm tra nhật ký kiểm toán...</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>The audit trail is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>Nhật ký kiểm toán toàn vẹn: %n mục, không mục nào bị sửa hoặc xóa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The audit trail has been tampered with: entry %1 (%2). Keep this computer as it is and tell the commune's leadership and the district IT support.</source>
        <translation>Nhật ký kiểm toán đã bị can thiệp: mục %1 (%2). Hãy giữ nguyên hiện trạng máy tính này và báo cáo lãnh đạo UBND xã cùng bộ phận hỗ trợ CNTT của huyện.</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <location line="+22" />
        <source>%n entries shown.</source>
        <translation>
            <numerusform>Đang hiển thị %n mục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="+38" />
        <source>&amp;Choose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Back up</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back up the store</source>
        <translation>Sao lưu kho dữ liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The backup is one file holding every record, page image and the audit trail. It stays encrypted: only the accounts of this store can open it. Keep it away from this computer, for example on a USB stick kept in the office safe.</source>
        <translation>Bản sao lưu là một tệp duy nhất chứa mọi bản ghi, ảnh trang và nhật ký kiểm toán. Tệp vẫn được mã hóa: chỉ các tài khoản của kho dữ liệu này mới mở được. Hãy cất giữ tệp ở nơi khác, không để trên máy tính này, ví dụ trong USB cất ở tủ an toàn của cơ quan.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Last backup:</source>
        <translation>Lần sao lưu gần nhất:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup &amp;file:</source>
        <translation>&amp;Tệp sao lưu:</translation>
    </message>
    <message>
        <location line="+47" />
        <source>reading...</source>
        <translation>đang đọc...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SoHoa backups (*.sohoabak)</source>
        <translation>Bản sao lưu SoHoa (*.sohoabak)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose where to write the backup.</source>
        <translation>Hãy chọn nơi lưu bản sao lưu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists. Backups never replace a file: choose another name.</source>
        <translation>%1 đã tồn tại. Bản sao lưu không bao giờ ghi đè lên tệp có sẵn: hãy chọn tên khác.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backing up... you can keep working.</source>
        <translation>Đang sao lưu... anh/chị có thể tiếp tục làm việc.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Backup written to %1: %2 records, %3 pages, %4 audit entries. Check that the file is on the stick before you take it away.</source>
        <translation>Đã ghi bản sao lưu vào %1: %2 bản ghi, %3 trang, %4 mục nhật ký. Hãy kiểm tra tệp đã có trong USB trước khi rút USB ra.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BackupReminder</name>
    <message>
        <location filename="../ui/backup/BackupReminder.cpp" line="+23" />
        <source>Back up &amp;now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This store has never been backed up. If this computer breaks or is stolen, every record typed here is lost: make a backup now.</source>
        <translation>Kho dữ liệu này chưa từng được sao lưu. Nếu máy tính bị hỏng hoặc bị mất cắp, toàn bộ bản ghi đã nhập trên máy sẽ bị mất: hãy sao lưu ngay.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The last backup is %n day(s) old. Make a new one so that recent work is not lost.</source>
        <translation>
            <numerusform>Lần sao lưu gần nhất đã cách đây %n ngày. Hãy sao lưu lại để không mất dữ liệu mới nhập.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BatchListModel</name>
    <message>
        <location filename="../ui/batches/BatchListModel.cpp" line="+30" />
        <source>%1 of %2 approved</source>
        <translation>Đã duyệt %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n document(s) waiting for OCR</source>
        <translation>
            <numerusform>%n tài liệu chờ nhận dạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n không đọc được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to verify</source>
        <translation>
            <numerusform>%n cần kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to approve</source>
        <translation>
            <numerusform>%n chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n returned</source>
        <translation>
            <numerusform>%n bị trả lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not accepted by the registry</source>
        <translation>
            <numerusform>%n bị cơ sở dữ liệu quốc gia từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Empty</source>
        <translation>Trống</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Double keying</source>
        <translation>Nhập hai lần</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By</source>
        <translation>Người tạo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::BatchesPage</name>
    <message>
        <location filename="../ui/batches/BatchesPage.cpp" line="+79" />
        <source>&amp;New batch...</source>
        <translation>Tạo lô &amp;mới...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import files...</source>
        <translation>&amp;Nhập tệp...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a &amp;folder...</source>
        <translation>Nhập &amp;thư mục...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Scan...</source>
        <translation>&amp;Quét...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the s&amp;ample scans</source>
        <translation>Nhập &amp;bản quét mẫu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Verify this batch</source>
        <translation>&amp;Kiểm tra lô này</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Key pages by hand</source>
        <translation>Nhập ta&amp;y các trang</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Review this batch</source>
        <translation>&amp;Duyệt lô này</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Double keying</source>
        <translation>Nhập &amp;hai lần</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A second clerk keys every hand-keyed entry of this batch again, blind; only the differences are then checked</source>
        <translation>Một cán bộ nhập liệu khác nhập lại độc lập (không xem lần nhập trước) mọi mục đã nhập tay của lô này; sau đó chỉ cần kiểm tra các điểm khác nhau</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Documents and c&amp;uts...</source>
        <translation>Tài liệu và chỗ tá&amp;ch...</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Re&amp;fresh</source>
        <translation>Làm mớ&amp;i</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Drop scanned files or folders here to import them into the selected batch</source>
        <translation>Kéo thả tệp hoặc thư mục bản quét vào đây để nhập vào lô đang chọn</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Batches</source>
        <translation>Lô hồ sơ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Batch</source>
        <translation>&amp;Lô</translation>
    </message>
    <message>
        <location line="+53" />
        <source>No batch yet. Create one (Ctrl+N), then import or scan its pages.</source>
        <translation>Chưa có lô nào. Hãy tạo lô (Ctrl+N), rồi nhập hoặc quét các trang của lô.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 batches, %2 pages, %3 records to verify.</source>
        <translation>%1 lô, %2 trang, %3 bản ghi chờ kiểm tra.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Batch created. Import or scan its pages next.</source>
        <translation>Đã tạo lô. Bước tiếp theo: nhập hoặc quét các trang của lô.</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+9" />
        <location line="+18" />
        <source>Choose (or create with Ctrl+N) the batch to import into first.</source>
        <translation>Hãy chọn trước lô cần nhập vào (hoặc tạo lô mới bằng Ctrl+N).</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Import scans into "%1"</source>
        <translation>Nhập bản quét vào "%1"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.webp *.bmp);;All files (*)</source>
        <translation>Bản quét (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.webp *.bmp);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Import a folder of scans into "%1"</source>
        <translation>Nhập thư mục bản quét vào "%1"</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose (or create with Ctrl+N) the batch to scan into first.</source>
        <translation>Hãy chọn trước lô cần quét vào (hoặc tạo lô mới bằng Ctrl+N).</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Double keying</source>
        <translation>Nhập hai lần</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Double keying is on for this batch.</source>
        <translation>Đã bật chế độ nhập hai lần cho lô này.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double keying is off for this batch.</source>
        <translation>Đã tắt chế độ nhập hai lần cho lô này.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/ChangePasswordDialog.cpp" line="+24" />
        <location line="+2" />
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>Mật khẩu của anh/chị do quản trị viên đặt. Hãy tự đặt mật khẩu riêng trước khi tiếp tục.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The two new passwords are different. Type them again.</source>
        <translation>Hai mật khẩu mới không khớp nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Saving...</source>
        <translation>Đang lưu...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+80" />
        <source>Last 7 days</source>
        <translation>7 ngày gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 30 days</source>
        <translation>30 ngày gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 90 days</source>
        <translation>90 ngày gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 365 days</source>
        <translation>365 ngày gần đây</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export figures as CSV...</source>
        <translation>&amp;Xuất số liệu ra CSV...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save these figures for the district (no personal data) (Ctrl+E)</source>
        <translation>Lưu các số liệu này để gửi huyện (không có dữ liệu cá nhân) (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;fresh</source>
        <translation>Làm mớ&amp;i</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Period:</source>
        <translation>&amp;Khoảng thời gian:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Figures</source>
        <translation>&amp;Số liệu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Counting...</source>
        <translation>Đang thống kê...</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 batches, %2 documents, %3 pages, %4 records: %5 approved, %6 still to verify.</source>
        <translation>%1 lô, %2 tài liệu, %3 trang, %4 bản ghi: %5 đã duyệt, %6 còn chờ kiểm tra.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Records by state and type</source>
        <translation>Bản ghi theo trạng thái và loại</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Records confirmed per clerk per day</source>
        <translation>Số bản ghi đã xác nhận theo cán bộ và theo ngày</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pages imported or scanned per day</source>
        <translation>Số trang đã nhập hoặc quét theo ngày</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open issues by kind</source>
        <translation>Vấn đề chưa xử lý theo loại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Batches on their way to the registry</source>
        <translation>Lô đang trong quá trình gửi lên cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+23" />
        <source>Export figures</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <location line="-23" />
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>Số liệu vẫn đang được thống kê; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file could not be written (%1). Choose another folder, for example on the desktop.</source>
        <translation>Không ghi được tệp (%1). Hãy chọn thư mục khác, ví dụ trên màn hình nền (Desktop).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Figures saved to %1.</source>
        <translation>Đã lưu số liệu vào %1.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::DocumentCutsDialog</name>
    <message>
        <location filename="../ui/batches/DocumentCutsDialog.cpp" line="+28" />
        <source>&amp;Merge with the next document</source>
        <translation>&amp;Gộp với tài liệu kế tiếp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;plit at a page...</source>
        <translation>&amp;Tách tại một trang...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Documents of %1</source>
        <translation>Các tài liệu của %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file holding a stack of papers was cut into documents where a new form starts. Where a cut is wrong, merge two documents or split one at a page before the records are verified.</source>
        <translation>Tệp chứa một tập giấy đã được tách thành các tài liệu tại chỗ bắt đầu một mẫu mới. Chỗ nào tách sai, hãy gộp hai tài liệu hoặc tách một tài liệu tại một trang trước khi kiểm tra hồ sơ.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pages of the file</source>
        <translation>Trang trong tệp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+63" />
        <source>page %1</source>
        <translation>trang %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pages %1-%2</source>
        <translation>trang %1-%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not known</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Document %1 now holds %2 page(s); document %3 was merged into it.</source>
        <translation>Tài liệu %1 nay có %2 trang; tài liệu %3 đã được gộp vào.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Split the document</source>
        <translation>Tách tài liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new document starts at page (of this document):</source>
        <translation>Tài liệu mới bắt đầu từ trang (của tài liệu này):</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Document %1 keeps %2 page(s); its pages from %3 on are now document %4.</source>
        <translation>Tài liệu %1 giữ %2 trang; các trang từ %3 trở đi nay là tài liệu %4.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::FieldPanel</name>
    <message>
        <location filename="../ui/verify/FieldPanel.cpp" line="+43" />
        <source>Unsure reading: compare with the page before blaming the paper</source>
        <translation>Đọc chưa chắc: hãy so với trang sổ trước khi cho là sổ sai</translation>
    </message>
    <message>
        <location line="+4" />
        <source>SoHoa could not read this value with confidence and it does not pass a check. Most often the reading is wrong, not the book: correct the letters you see on the page, or press Enter if they are right.</source>
        <translation>SoHoa đọc giá trị này chưa chắc và giá trị không qua được bước kiểm tra. Thường là máy đọc sai chứ không phải sổ sai: hãy sửa theo đúng chữ trên trang, hoặc bấm Enter nếu chữ đã đúng.</translation>
    </message>
    <message>
        <location line="+190" />
        <source>No record open.</source>
        <translation>Chưa mở bản ghi nào.</translation>
    </message>
    <message>
        <location line="+173" />
        <source>Fields of the national data standard that this extract does not print and OCR left empty (Ctrl+Shift+N)</source>
        <translation>Các trường theo chuẩn dữ liệu quốc gia mà bản trích lục này không in và OCR để trống (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+62" />
        <source>National standard fields (%1)</source>
        <translation>Trường chuẩn quốc gia (%1)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>This record's type (%1) is not known to this version of SoHoa.</source>
        <translation>Phiên bản SoHoa này không nhận biết được loại của bản ghi này (%1).</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Typed or corrected by a clerk</source>
        <translation>Do cán bộ nhập liệu nhập hoặc sửa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read by OCR, confidence %1%</source>
        <translation>Nhận dạng bằng OCR, độ tin cậy %1%</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Read with the taught form: %1</source>
        <translation>Theo mẫu đã học: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SoHoa found this value where the form taught to it places it, not by its generic reading.</source>
        <translation>SoHoa tìm thấy giá trị này tại vị trí mà mẫu giấy tờ đã học chỉ ra, không phải bằng cách đọc thông thường.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Read on the page: %1</source>
        <translation>Đọc được trên trang: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>As written in the book (%1): %2</source>
        <translation>Đúng như sổ gốc (%1 xác nhận): %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Use "%1" (F4)</source>
        <translation>Dùng "%1" (F4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the suggestion (F4)</source>
        <translation>Dùng giá trị gợi ý (F4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replace the value with "%1" and save it</source>
        <translation>Thay giá trị bằng "%1" và lưu lại</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/signin/FirstRunDialog.cpp" line="+28" />
        <source>SoHoa - First start</source>
        <translation>SoHoa - Khởi động lần đầu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;h3&gt;Welcome to SoHoa&lt;/h3&gt;&lt;p&gt;SoHoa keeps the commune's records in an encrypted &lt;i&gt;store&lt;/i&gt; on this computer. Create a new store if this office is starting, or open the store folder you already use (for example one restored from a backup).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chào mừng đến với SoHoa&lt;/h3&gt;&lt;p&gt;SoHoa lưu hồ sơ của xã trong một &lt;i&gt;kho dữ liệu&lt;/i&gt; được mã hóa trên máy tính này. Hãy tạo kho dữ liệu mới nếu cơ quan mới bắt đầu sử dụng, hoặc mở thư mục kho dữ liệu đang dùng (ví dụ kho được khôi phục từ bản sao lưu).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Create a new store</source>
        <translation>&amp;Tạo kho dữ liệu mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open an existing store...</source>
        <translation>&amp;Mở kho dữ liệu có sẵn...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Browse...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Create the store</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Store &amp;folder:</source>
        <translation>Thư mục &amp;kho dữ liệu:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrator &amp;account:</source>
        <translation>Tài khoản &amp;quản trị:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password (at least %1 characters):</source>
        <translation>&amp;Mật khẩu (ít nhất %1 ký tự):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The administrator adds the clerks' and supervisors' accounts after the first sign-in.</source>
        <translation>Sau lần đăng nhập đầu tiên, quản trị viên sẽ thêm tài khoản cho cán bộ nhập liệu và người duyệt.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;h3&gt;Recovery code&lt;/h3&gt;&lt;p&gt;This code opens the store if every administrator password is lost. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it on paper, check it, and keep the paper in the office safe. Anyone who has it can open the store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mã khôi phục&lt;/h3&gt;&lt;p&gt;Mã này dùng để mở kho dữ liệu khi quên hết mật khẩu quản trị. Mã chỉ hiển thị &lt;b&gt;duy nhất lần này&lt;/b&gt;. Hãy chép mã ra giấy, kiểm tra lại và cất tờ giấy trong tủ an toàn của cơ quan. Bất kỳ ai có mã này đều mở được kho dữ liệu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type the code again from your paper</source>
        <translation>Nhập lại mã theo tờ giấy đã chép</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have written the recovery code on paper and will keep it in the office safe.</source>
        <translation>Tôi đã chép mã khôi phục ra giấy và sẽ cất trong tủ an toàn của cơ quan.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Continue to sign-in</source>
        <translation>Tiếp tục đăng nhập</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check what you wrote: type the code again from the paper.</source>
        <translation>Hãy kiểm tra mã đã chép: nhập lại mã theo tờ giấy.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Folder for the new store</source>
        <translation>Thư mục cho kho dữ liệu mới</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Store folder</source>
        <translation>Thư mục kho dữ liệu</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a SoHoa store (it needs store.db and keyring.json). Choose the folder that holds them.</source>
        <translation>%1 không phải là kho dữ liệu SoHoa (cần có tệp store.db và keyring.json). Hãy chọn thư mục chứa các tệp này.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The two passwords are different. Type them again.</source>
        <translation>Hai mật khẩu không khớp nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Creating the encrypted store...</source>
        <translation>Đang tạo kho dữ liệu mã hóa...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ImportPanel</name>
    <message>
        <location filename="../ui/batches/ImportPanel.cpp" line="+27" />
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop after the pages being read; documents already imported are kept</source>
        <translation>Dừng sau khi đọc xong các trang đang xử lý; các tài liệu đã nhập vẫn được giữ lại</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Stopping... the documents already imported are kept.</source>
        <translation>Đang dừng... các tài liệu đã nhập vẫn được giữ lại.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An import is still running. Wait for it or cancel it first.</source>
        <translation>Đang có một lượt nhập chưa xong. Hãy chờ hoàn tất hoặc hủy lượt nhập đó trước.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Looking for scans in what you chose...</source>
        <translation>Đang tìm bản quét trong các mục đã chọn...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No scans (PNG, JPEG, TIFF or PDF) were found there.</source>
        <translation>Không tìm thấy bản quét nào (PNG, JPEG, TIFF hoặc PDF) ở đó.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Importing into "%1": page %2 of %3, %4 pages/min. You can keep working.</source>
        <translation>Đang nhập vào "%1": trang %2/%3, %4 trang/phút. Anh/chị có thể tiếp tục làm việc.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Import into "%1" finished: %n document(s) imported</source>
        <translation>
            <numerusform>Đã nhập xong vào "%1": nhập được %n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n not imported (see below)</source>
        <translation>
            <numerusform>, %n tài liệu không nhập được (xem bên dưới)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Import cancelled: %n document(s) imported before it stopped are kept.</source>
        <translation>
            <numerusform>Đã hủy nhập: %n tài liệu đã nhập trước khi dừng vẫn được giữ lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Importing %n file(s) into "%1"...</source>
        <translation>
            <numerusform>Đang nhập %n tệp vào "%1"...</numerusform>
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
        <translation>&amp;Vẽ vùng</translation>
    </message>
    <message>
        <location line="+21" />
        <source>First keying</source>
        <translation>Nhập lần 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second keying (blind)</source>
        <translation>Nhập lần 2 (độc lập)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolve differences</source>
        <translation>Xử lý chênh lệch</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many entries one page of this book holds</source>
        <translation>Số mục trên một trang của sổ này</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag on the page to mark where the chosen field (or the whole entry) is written; the zones are kept for every page of this book layout (Ctrl+D)</source>
        <translation>Kéo chuột trên trang để đánh dấu vị trí ghi trường đang chọn (hoặc toàn bộ mục); các vùng được giữ cho mọi trang có cùng bố cục sổ này (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Save entry</source>
        <translation>Lưu &amp;mục</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous page</source>
        <translation>Trang t&amp;rước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dra&amp;w zones</source>
        <translation>Vẽ vùn&amp;g</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Whole page</source>
        <translation>&amp;Cả trang</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Batch:</source>
        <translation>&amp;Lô:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mode:</source>
        <translation>Chế độ &amp;nhập:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record &amp;type:</source>
        <translation>Loại &amp;hồ sơ:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Book &amp;layout:</source>
        <translation>&amp;Bố cục sổ:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entries per page:</source>
        <translation>Số mục mỗi trang:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save layout...</source>
        <translation>Lưu bố cục...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save entry</source>
        <translation>Lưu mục</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Drag a rectangle on the page around "%1" of entry %2.</source>
        <translation>Kéo chuột vẽ khung chữ nhật trên trang quanh "%1" của mục %2.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Save book layout</source>
        <translation>Lưu bố cục sổ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of this book layout (e.g. "Birth register 1990-2005"):</source>
        <translation>Tên bố cục sổ này (ví dụ "Sổ đăng ký khai sinh 1990-2005"):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Key by hand</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Keying</source>
        <translation>&amp;Nhập tay</translation>
    </message>
    <message>
        <location line="+81" />
        <source>(no layout: the whole page)</source>
        <translation>(không có bố cục: cả trang)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This batch is not keyed twice. A supervisor turns double keying on in the batch list.</source>
        <translation>Lô này không áp dụng nhập hai lần. Người duyệt có thể bật chế độ nhập hai lần trong danh sách lô.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1, page %2</source>
        <translation>%1, trang %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>OCR could not read it</source>
        <translation>OCR không đọc được</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2nd keying: %1/%2</source>
        <translation>Nhập lần 2: %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n to resolve</source>
        <translation>
            <numerusform>%n cần xử lý</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>This batch has no pages yet. Import or scan them first.</source>
        <translation>Lô này chưa có trang nào. Hãy nhập hoặc quét các trang trước.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Entries keyed on this page: %1.</source>
        <translation>Số mục đã nhập trên trang này: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keyed a second time: %1.</source>
        <translation>Đã nhập lần 2: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now keying entry %1.</source>
        <translation>Đang nhập mục %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Whole entry</source>
        <translation>Toàn bộ mục</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Zone of "%1" for entry %2 drawn. Draw the others, then "Save layout..." to keep them for every page of this book.</source>
        <translation>Đã vẽ vùng "%1" của mục %2. Hãy vẽ các vùng còn lại, rồi chọn "Lưu bố cục..." để áp dụng cho mọi trang của sổ này.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Book layout "%1" saved; its zones are shown on every page of this batch.</source>
        <translation>Đã lưu bố cục sổ "%1"; các vùng được hiển thị trên mọi trang của lô này.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Type the entry's fields first.</source>
        <translation>Hãy nhập các trường của mục trước.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Entry %1 keyed a second time.</source>
        <translation>Đã nhập lần 2 cho mục %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Entry saved as record %1. Key the next entry of this page, or PgDown for the next page.</source>
        <translation>Đã lưu mục thành bản ghi %1. Hãy nhập mục tiếp theo của trang này, hoặc nhấn PgDown để sang trang sau.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::LayoutImportDialog</name>
    <message>
        <location filename="../ui/settings/LayoutImportDialog.cpp" line="+32" />
        <source>Import taught forms</source>
        <translation>Nhập mẫu đã học</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the check of each file found. Nothing is stored until you press Import.</source>
        <translation>Kết quả kiểm tra từng tệp. Chưa có gì được lưu cho đến khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Form name</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signed by %1, an administrator of this office.</source>
        <translation>Do %1, quản trị viên của cơ quan này, ký.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed by %1 of the office %2 with the key %3, which this office accepted earlier.</source>
        <translation>Do %1 của cơ quan %2 ký bằng khóa %3, khóa mà cơ quan này đã chấp nhận trước đây.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Already in this store.</source>
        <translation>Đã có trong kho dữ liệu này.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Files nobody in this office vouches for are not ticked. Tick one only after you have checked its key's fingerprint with the sending office (for instance by telephone): the key is then remembered for that office's next files.</source>
        <translation>Các tệp không được ai trong cơ quan này bảo đảm thì không được đánh dấu. Chỉ đánh dấu một tệp sau khi bạn đã đối chiếu dấu vân tay khóa của tệp với cơ quan gửi (ví dụ qua điện thoại): khóa đó sẽ được ghi nhớ cho các tệp tiếp theo của cơ quan ấy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some files are signed by nobody this office knows: only an administrator can accept them.</source>
        <translation>Một số tệp không được ký bởi người mà cơ quan này biết: chỉ quản trị viên mới có thể chấp nhận.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+54" />
        <source>"%1", signed by %2 of the office %3 (key %4)</source>
        <translation>"%1", do %2 của cơ quan %3 ký (khóa %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1", not signed</source>
        <translation>"%1", không có chữ ký</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept forms nobody here vouches for</source>
        <translation>Chấp nhận mẫu không được ai ở đây bảo đảm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You accept these forms although no administrator of this office signed them:
%1

Do this only after checking the key's fingerprint with the sending office. The acceptance is recorded in the audit trail, and an accepted key is remembered for that office's next files.</source>
        <translation>Bạn chấp nhận các mẫu sau dù không có quản trị viên nào của cơ quan này ký:
%1

Chỉ làm việc này sau khi đã đối chiếu dấu vân tay của khóa với cơ quan gửi. Việc chấp nhận được ghi vào nhật ký, và khóa đã chấp nhận được ghi nhớ cho các tệp tiếp theo của cơ quan ấy.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::LayoutsPanel</name>
    <message>
        <location filename="../ui/settings/LayoutsPanel.cpp" line="+22" />
        <source>Taught forms</source>
        <translation>Mẫu giấy tờ đã học</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Forms SoHoa learned from a verified record: documents printed on the same form are read with them first. They hold where values are printed, never the values.</source>
        <translation>Các mẫu giấy tờ SoHoa đã học từ một hồ sơ đã kiểm tra: tài liệu in trên cùng mẫu sẽ được đọc bằng chúng trước. Mẫu chỉ lưu vị trí in các giá trị, không bao giờ lưu chính các giá trị.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Form name</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fields</source>
        <translation>Số trường</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Taught</source>
        <translation>Thời điểm học</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Records read with it</source>
        <translation>Hồ sơ đã đọc theo mẫu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Re&amp;move form</source>
        <translation>&amp;Xóa mẫu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import from a folder...</source>
        <translation>&amp;Nhập từ thư mục...</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Export to a folder...</source>
        <translation>&amp;Xuất ra thư mục...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Writes every form into a folder, signed with your key, for other offices of the province.</source>
        <translation>Ghi mọi mẫu vào một thư mục, có chữ ký bằng khóa của bạn, để gửi cho các cơ quan khác trong tỉnh.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keys of other offices accepted for their forms: their next files are imported without asking again.</source>
        <translation>Khóa của các cơ quan khác đã được chấp nhận cho mẫu của họ: các tệp tiếp theo của họ được nhập mà không hỏi lại.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Key fingerprint</source>
        <translation>Dấu vân tay của khóa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted on</source>
        <translation>Ngày chấp nhận</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Stop &amp;accepting this key</source>
        <translation>&amp;Ngừng chấp nhận khóa này</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+123" />
        <source>%1 by %2</source>
        <translation>%1, do %2</translation>
    </message>
    <message>
        <location line="-116" />
        <source>Folder of form files to import</source>
        <translation>Thư mục chứa tệp mẫu cần nhập</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Folder to export the forms into</source>
        <translation>Thư mục để xuất các mẫu vào</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Checking the form files of %1...</source>
        <translation>Đang kiểm tra các tệp mẫu trong %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n form(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Writing the forms into %1...</source>
        <translation>Đang ghi các mẫu vào %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n form(s) written into %1, signed with your key. The receiving office checks the signature when it imports them.</source>
        <translation>
            <numerusform>Đã ghi %n mẫu vào %1, có chữ ký bằng khóa của bạn. Cơ quan nhận sẽ kiểm tra chữ ký khi nhập.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Stop accepting a key</source>
        <translation>Ngừng chấp nhận khóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop accepting the key %1 of the office %2? Its next form files will be refused until an administrator accepts it again; forms already imported stay.</source>
        <translation>Ngừng chấp nhận khóa %1 của cơ quan %2? Các tệp mẫu tiếp theo ký bằng khóa này sẽ bị từ chối cho đến khi quản trị viên chấp nhận lại; các mẫu đã nhập vẫn được giữ.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key of the office %1 is no longer accepted.</source>
        <translation>Khóa của cơ quan %1 không còn được chấp nhận.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No form has been taught yet. When you confirm a record whose values you mostly typed, SoHoa offers to remember its form.</source>
        <translation>Chưa học mẫu giấy tờ nào. Khi bạn xác nhận một hồ sơ mà phần lớn giá trị do bạn tự gõ, SoHoa sẽ đề nghị ghi nhớ mẫu của nó.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Remove form</source>
        <translation>Xóa mẫu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the form "%1"? Documents printed on it will be read without it.</source>
        <translation>Xóa mẫu "%1"? Các tài liệu in trên mẫu này sẽ được đọc mà không có nó.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The form "%1" was removed.</source>
        <translation>Đã xóa mẫu "%1".</translation>
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
        <translation>Màn hình</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Signed in as %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change my &amp;password...</source>
        <translation>Đổi &amp;mật khẩu...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Back up the store...</source>
        <translation>&amp;Sao lưu kho dữ liệu...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lock the window now (Ctrl+L); sign in again to continue</source>
        <translation>Khóa cửa sổ ngay (Ctrl+L); đăng nhập lại để tiếp tục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Go</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;About SoHoa</source>
        <translation>&amp;Giới thiệu SoHoa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About SoHoa</source>
        <translation>Giới thiệu SoHoa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;SoHoa %1&lt;/b&gt;&lt;p&gt;Digitising commune civil-status books and land certificates: scan, offline OCR, verification, approval and delivery to the national registries. Every record stays in the encrypted store on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SoHoa %1&lt;/b&gt;&lt;p&gt;Số hóa sổ hộ tịch và giấy chứng nhận quyền sử dụng đất cấp xã: quét, nhận dạng chữ (OCR) không cần mạng, kiểm tra, duyệt và gửi lên cơ sở dữ liệu quốc gia. Mọi bản ghi đều được lưu trong kho dữ liệu mã hóa trên máy tính này.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::NewBatchDialog</name>
    <message>
        <location filename="../ui/batches/NewBatchDialog.cpp" line="+25" />
        <source>&amp;Double keying: a second clerk keys every hand-keyed entry again, blind</source>
        <translation>Nhập &amp;hai lần: một cán bộ nhập liệu khác nhập lại độc lập mọi mục đã nhập tay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New batch</source>
        <translation>Lô mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Birth register 2019, book 01</source>
        <translation>ví dụ Sổ đăng ký khai sinh 2019, quyển 01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional: shelf, condition of the book, ...</source>
        <translation>Không bắt buộc: vị trí trên kệ, tình trạng sổ, ...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Give the batch a name, for example the book's title and year.</source>
        <translation>Hãy đặt tên cho lô, ví dụ tên sổ và năm.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::OutboxPage</name>
    <message>
        <location filename="../ui/outbox/OutboxPage.cpp" line="+88" />
        <source>S&amp;top syncing</source>
        <translation>Dừn&amp;g đồng bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Why are these records taken back? The clerk sees this.</source>
        <translation>Vì sao rút các bản ghi này lại? Cán bộ nhập liệu sẽ thấy lý do này.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+5" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rejected</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Will retry</source>
        <translation>Sẽ thử lại</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Attention</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Last attempt</source>
        <translation>Lần gửi gần nhất</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+5" />
        <source>What happened</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next attempt</source>
        <translation>Lần gửi tiếp theo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Registry number</source>
        <translation>Số của cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needing a supervisor</source>
        <translation>Cần người duyệt xử lý</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Send &amp;approved records</source>
        <translation>Gửi các bản ghi đã &amp;duyệt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel sending...</source>
        <translation>&amp;Hủy gửi...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type why the selected records are taken back, then press Enter.</source>
        <translation>Nhập lý do rút các bản ghi đã chọn, rồi nhấn Enter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;turn to clerk</source>
        <translation>T&amp;rả lại cán bộ nhập liệu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export package...</source>
        <translation>&amp;Xuất gói dữ liệu...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export for &amp;national import...</source>
        <translation>Xuất để &amp;nhập vào CSDL toàn quốc...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import receipt...</source>
        <translation>&amp;Nhập biên nhận...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>Làm mớ&amp;i</translation>
    </message>
    <message>
        <location line="+26" />
        <source>S&amp;how:</source>
        <translation>Hiển th&amp;ị:</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Outbox</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Outbox</source>
        <translation>Hàng đợi &amp;gửi</translation>
    </message>
    <message>
        <location line="+61" />
        <source>This computer sends to %1 (%2) as device %3.</source>
        <translation>Máy tính này gửi đến %1 (%2) với tư cách thiết bị %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is not enrolled with a registry yet: records can join the outbox but cannot be sent. An administrator enrols it under Settings &gt; National registry.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu quốc gia: bản ghi có thể vào hàng đợi gửi nhưng chưa gửi được. Quản trị viên đăng ký máy tại Cài đặt &gt; Cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Next attempt: %1.</source>
        <translation>Lần gửi tiếp theo: %1.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 (in package %2)</source>
        <translation>%1 (trong gói %2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>No approved record is waiting to join the outbox.</source>
        <translation>Không có bản ghi đã duyệt nào đang chờ vào hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 approved record(s) joined the outbox.</source>
        <translation>%1 bản ghi đã duyệt được đưa vào hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your account's role does not allow sending records to the registry.</source>
        <translation>Vai trò của tài khoản này không được gửi bản ghi đến cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This computer is not enrolled with a registry, so nothing can be sent. An administrator enrols it under Settings &gt; National registry; meanwhile export a package for a USB stick.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu quốc gia nên chưa gửi được gì. Quản trị viên đăng ký máy tại Cài đặt &gt; Cơ sở dữ liệu quốc gia; trong lúc chờ, hãy xuất gói dữ liệu ra USB.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sending to the registry...</source>
        <translation>Đang gửi đến cơ sở dữ liệu quốc gia...</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Stopping after the current step...</source>
        <translation>Sẽ dừng sau bước đang làm...</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select a batch or some of its records to retry.</source>
        <translation>Chọn một lô hoặc một số bản ghi của lô để thử lại.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) will be sent again at the next sync.</source>
        <translation>%1 bản ghi sẽ được gửi lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select the records to take back from sending.</source>
        <translation>Chọn các bản ghi cần rút lại, không gửi nữa.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say why the records are taken back: the clerk will see the reason.</source>
        <translation>Hãy nêu lý do rút các bản ghi lại: cán bộ nhập liệu sẽ thấy lý do này.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 record(s) taken out of the outbox and returned to the clerk.</source>
        <translation>%1 bản ghi đã được rút khỏi hàng đợi gửi và trả lại cán bộ nhập liệu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only records the registry rejected or holds in conflict go back to the clerk; select them first.</source>
        <translation>Chỉ những bản ghi bị cơ sở dữ liệu quốc gia từ chối hoặc đang xung đột mới được trả lại cán bộ nhập liệu; hãy chọn các bản ghi đó trước.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 record(s) returned to the clerk with the registry's reason.</source>
        <translation>%1 bản ghi đã được trả lại cán bộ nhập liệu kèm lý do của cơ sở dữ liệu quốc gia.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+42" />
        <source>Select the batch to export.</source>
        <translation>Chọn lô cần xuất.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Export package for the registry</source>
        <translation>Xuất gói dữ liệu gửi cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SoHoa packages (*.sohoa)</source>
        <translation>Gói dữ liệu SoHoa (*.sohoa)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Package %1 written to %2 (%3 records, %4 page images). Take it to the registry; import its receipt here when it comes back.</source>
        <translation>Đã ghi gói %1 vào %2 (%3 bản ghi, %4 ảnh trang). Hãy mang gói đến cơ quan quản lý cơ sở dữ liệu quốc gia; khi nhận lại biên nhận, hãy nhập biên nhận tại đây.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Your account's role does not allow exporting records.</source>
        <translation>Vai trò của tài khoản này không được phép xuất hồ sơ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export for the national database</source>
        <translation>Xuất dữ liệu cho cơ sở dữ liệu toàn quốc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An encrypted file (recommended) holds the workbooks and page PDFs under a passphrase: give the file and, separately, the passphrase to the office that imports it; it opens the file with SoHoa.

The plain-text exports hold the personal data of the batch's approved records in plain text: anyone who gets them can read them. Write them only to a folder you control, give them only to the office that imports them, and delete them after the import.

Every export is recorded in the audit trail.</source>
        <translation>Tệp mã hóa (khuyên dùng) chứa các bảng tính và tệp PDF trang, được bảo vệ bằng cụm mật khẩu: đưa tệp và, riêng biệt, cụm mật khẩu cho cơ quan nhập dữ liệu; cơ quan đó mở tệp bằng SoHoa.

Các bản xuất dạng đọc được chứa dữ liệu cá nhân của các hồ sơ đã duyệt trong lô ở dạng ai cũng đọc được: bất kỳ ai có chúng đều đọc được. Chỉ ghi vào thư mục bạn kiểm soát, chỉ đưa cho cơ quan nhập dữ liệu và xóa sau khi nhập xong.

Mọi lần xuất đều được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Encrypted file...</source>
        <translation>Tệp mã hóa...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Civil-status workbooks (plain text)</source>
        <translation>Bảng tính hộ tịch (dạng đọc được)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Land registry list (plain text)</source>
        <translation>Danh sách đăng ký đất đai (dạng đọc được)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a new or empty folder for the export</source>
        <translation>Chọn thư mục mới hoặc thư mục trống để xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Passphrase of the encrypted export</source>
        <translation>Cụm mật khẩu của tệp xuất mã hóa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At least %1 characters. Give it to the importing office separately from the file (by telephone, not on the same stick).</source>
        <translation>Ít nhất %1 ký tự. Đưa cho cơ quan nhập dữ liệu riêng với tệp (qua điện thoại, không để chung trên cùng một USB).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Too short.</source>
        <translation>Quá ngắn.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save the encrypted export</source>
        <translation>Lưu tệp xuất mã hóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Encrypted SoHoa exports (*.sohoa-export)</source>
        <translation>Tệp xuất mã hóa SoHoa (*.sohoa-export)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Exporting...</source>
        <translation>Đang xuất dữ liệu...</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 records and %2 page PDFs encrypted into %3. Give the passphrase to the importing office separately from the file.</source>
        <translation>Đã mã hóa %1 hồ sơ và %2 tệp PDF trang vào %3. Đưa cụm mật khẩu cho cơ quan nhập dữ liệu riêng với tệp.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 records written to %2 (%3 page PDFs). The files hold personal data in plain text: delete them once the import is done.</source>
        <translation>Đã ghi %1 hồ sơ vào %2 (%3 tệp PDF trang). Các tệp chứa dữ liệu cá nhân không mã hóa: hãy xóa sau khi nhập xong.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import the registry's receipt</source>
        <translation>Nhập biên nhận của cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry receipts (*.receipt);;All files (*)</source>
        <translation>Biên nhận của cơ sở dữ liệu quốc gia (*.receipt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This receipt was imported before; nothing changed.</source>
        <translation>Biên nhận này đã được nhập trước đó; không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt imported: %1 answer(s), %2 record(s) updated.</source>
        <translation>Đã nhập biên nhận: %1 kết quả, %2 bản ghi được cập nhật.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::PageView</name>
    <message>
        <location filename="../ui/common/PageView.cpp" line="+32" />
        <source>No page image</source>
        <translation>Không có ảnh trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page image</source>
        <translation>Ảnh trang</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecordDetail</name>
    <message>
        <location filename="../ui/review/RecordDetail.cpp" line="+73" />
        <source>Choose a record in the list.</source>
        <translation>Hãy chọn một bản ghi trong danh sách.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Corrected by %1 on %2; was: %3</source>
        <translation>Do %1 sửa vào %2; giá trị cũ: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1 no. %2&lt;/b&gt; - %3</source>
        <translation>&lt;b&gt;%1 số %2&lt;/b&gt; - %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;br&gt;Verified by %1 on %2</source>
        <translation>&lt;br&gt;Do %1 kiểm tra vào %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;br&gt;Decided by %1 on %2</source>
        <translation>&lt;br&gt;Do %1 quyết định vào %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;br&gt;Reason: %1</source>
        <translation>&lt;br&gt;Lý do: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&lt;br&gt;%n correction(s) by clerks</source>
        <translation>
            <numerusform>&lt;br&gt;%n lần sửa của cán bộ nhập liệu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This record was keyed without a scanned page.</source>
        <translation>Bản ghi này được nhập tay, không có trang quét kèm theo.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecordRowModel</name>
    <message>
        <location filename="../ui/common/RecordRowModel.cpp" line="+78" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 lỗi, %2 cảnh báo</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Rejected by %1: %2</source>
        <translation>Bị %1 trả lại: %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lowest confidence</source>
        <translation>Độ tin cậy thấp nhất</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified by</source>
        <translation>Người kiểm tra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/signin/RecoveryDialog.cpp" line="+27" />
        <source>Set the new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the recovery code exactly as written on the paper kept in the office safe, the administrator account, and a new password for it.</source>
        <translation>Nhập chính xác mã khôi phục như đã ghi trên tờ giấy cất trong tủ an toàn của cơ quan, tài khoản quản trị và mật khẩu mới cho tài khoản đó.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Recovery &amp;code:</source>
        <translation>Mã &amp;khôi phục:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator &amp;account:</source>
        <translation>Tài khoản &amp;quản trị:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The two passwords are different. Type them again.</source>
        <translation>Hai mật khẩu không khớp nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking the recovery code...</source>
        <translation>Đang kiểm tra mã khôi phục...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RegistryPanel</name>
    <message>
        <location filename="../ui/settings/RegistryPanel.cpp" line="-134" />
        <source>National registry</source>
        <translation>Cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Only an administrator can enrol this computer with a registry or change it.</source>
        <translation>Chỉ quản trị viên mới được đăng ký máy tính này với cơ sở dữ liệu quốc gia hoặc thay đổi việc đăng ký.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>PEM file of the registry's certificate or CA</source>
        <translation>Tệp PEM chứng chỉ của cơ sở dữ liệu quốc gia hoặc của tổ chức cấp chứng chỉ (CA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one-time code from the registry's administrator</source>
        <translation>mã dùng một lần do quản trị viên cơ sở dữ liệu quốc gia cấp</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+62" />
        <source>&amp;Enrol this computer</source>
        <translation>Đăng &amp;ký máy tính này</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Registry &amp;address:</source>
        <translation>&amp;Địa chỉ cơ sở dữ liệu quốc gia:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registry &amp;certificate:</source>
        <translation>&amp;Chứng chỉ:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enrolment co&amp;de:</source>
        <translation>&amp;Mã đăng ký:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Tên máy tính này:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This computer is not enrolled with a registry: approved records can only leave on packages once it is.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu quốc gia: chỉ sau khi đăng ký, các bản ghi đã duyệt mới gửi đi được, kể cả bằng gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enrolled with %1 at %2 as device %3 (since %4, by %5).
Pinned certificate: %6</source>
        <translation>Đã đăng ký với %1 tại %2 với tư cách thiết bị %3 (từ %4, do %5 thực hiện).
Chứng chỉ đã ghim: %6</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Enrol again</source>
        <translation>Đăng ký &amp;lại</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The registry's certificate</source>
        <translation>Chứng chỉ của cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Give the registry's address, its certificate file and the one-time enrolment code.</source>
        <translation>Hãy nhập địa chỉ cơ sở dữ liệu quốc gia, tệp chứng chỉ và mã đăng ký dùng một lần.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enrolling with the registry...</source>
        <translation>Đang đăng ký với cơ sở dữ liệu quốc gia...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This computer is enrolled with %1 as device %2.</source>
        <translation>Máy tính này đã được đăng ký với %1 với tư cách thiết bị %2.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RememberFormDialog</name>
    <message>
        <location filename="../ui/verify/RememberForm.cpp" line="+25" />
        <source>Remember this form?</source>
        <translation>Ghi nhớ mẫu giấy tờ này?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You typed most values of this record yourself: SoHoa did not know its form. Give the form a name and SoHoa reads the next documents printed on it by itself. Only where the values are printed is kept, never the values.</source>
        <translation>Bạn đã tự gõ phần lớn giá trị của hồ sơ này vì SoHoa chưa biết mẫu của nó. Hãy đặt tên cho mẫu, SoHoa sẽ tự đọc các tài liệu tiếp theo in trên mẫu này. Chỉ lưu vị trí in các giá trị, không bao giờ lưu chính các giá trị.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Form &amp;name:</source>
        <translation>&amp;Tên mẫu:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Remember the form</source>
        <translation>&amp;Ghi nhớ mẫu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::RememberFormOffer</name>
    <message>
        <location line="+42" />
        <source>%1 form, taught %2</source>
        <translation>Mẫu %1, học ngày %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The form "%1" is remembered.</source>
        <translation>Đã ghi nhớ mẫu "%1".</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ResolvePanel</name>
    <message>
        <location filename="../ui/keying/ResolvePanel.cpp" line="+94" />
        <source>Entry %1 (record no. %2)</source>
        <translation>Mục %1 (bản ghi số %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resolved.</source>
        <translation>Đã xử lý.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Both keyings agree. Confirm to close it.</source>
        <translation>Hai lần nhập khớp nhau. Hãy xác nhận để hoàn tất.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>1st keying: %1
2nd keying (%2): %3</source>
        <translation>Nhập lần 1: %1
Nhập lần 2 (%2): %3</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location line="+7" />
        <location line="+1" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>1st: %1   |   2nd: %2</source>
        <translation>Lần 1: %1   |   Lần 2: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Take these values</source>
        <translation>Dùng các giá trị này</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Entry %1 was keyed only the second time. Key it in "First keying" too, or check the page.</source>
        <translation>Mục %1 mới chỉ được nhập ở lần 2. Hãy nhập cả ở "Nhập lần 1", hoặc kiểm tra lại trang.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No entry of this page has been keyed twice yet.</source>
        <translation>Chưa có mục nào của trang này được nhập đủ hai lần.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every difference on this page is resolved.</source>
        <translation>Đã xử lý hết các chênh lệch trên trang này.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Record %1: differences resolved.</source>
        <translation>Bản ghi %1: đã xử lý xong chênh lệch.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+41" />
        <location line="+273" />
        <source>I have checked the &amp;warnings</source>
        <translation>Tôi đã xem xét các cảnh báo (&amp;W)</translation>
    </message>
    <message>
        <location line="-271" />
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;ject</source>
        <translation>T&amp;rả lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Why is it rejected? The clerk sees this.</source>
        <translation>Lý do trả lại? Cán bộ nhập liệu sẽ thấy nội dung này.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Approve record</source>
        <translation>&amp;Duyệt bản ghi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;ject record...</source>
        <translation>T&amp;rả lại bản ghi...</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Type the reason, then press Enter to reject.</source>
        <translation>Nhập lý do, rồi nhấn Enter để trả lại.</translation>
    </message>
    <message>
        <location line="-80" />
        <source>Approve all records &amp;without warnings</source>
        <translation>Duyệt tất cả bản ghi &amp;không có cảnh báo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next record</source>
        <translation>Bản ghi &amp;sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous record</source>
        <translation>Bản ghi &amp;trước</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Batch:</source>
        <translation>&amp;Lô:</translation>
    </message>
    <message>
        <location line="+99" />
        <source>No verified record is waiting for a decision.</source>
        <translation>Không có bản ghi đã kiểm tra nào đang chờ duyệt.</translation>
    </message>
    <message numerus="yes">
        <location line="-46" />
        <source>%n record(s) waiting</source>
        <translation>
            <numerusform>%n bản ghi đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51" />
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All batches</source>
        <translation>Tất cả các lô</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 (%n verified)</source>
        <translation>
            <numerusform>%1 (%n đã kiểm tra)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68" />
        <source>I have checked the &amp;warnings and the values kept as written</source>
        <translation>Tôi đã xem xét các cảnh báo và các giá trị giữ đúng như sổ gốc (&amp;W)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>You verified this record yourself, so another supervisor must approve or reject it.</source>
        <translation>Anh/chị đã tự kiểm tra bản ghi này, nên phải do một người duyệt khác duyệt hoặc trả lại.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This record is %1; there is nothing to decide.</source>
        <translation>Bản ghi này đang ở trạng thái "%1"; không có gì cần quyết định.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n value(s) kept as written in the book although they look wrong: check them against the page, then tick the box to accept them.</source>
        <translation>
            <numerusform>%n giá trị được giữ đúng như sổ gốc dù có vẻ sai: hãy đối chiếu với trang sổ rồi đánh dấu ô để chấp nhận.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n warning(s) to check before approving.</source>
        <translation>
            <numerusform>Có %n cảnh báo cần xem xét trước khi duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tick "I have checked the warnings" (Alt+W) first.</source>
        <translation>Hãy đánh dấu "Tôi đã xem xét các cảnh báo" (Alt+W) trước.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+2" />
        <source>Record %1 approved.</source>
        <translation>Đã duyệt bản ghi %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Say why the record is rejected: the clerk will see the reason.</source>
        <translation>Hãy ghi lý do trả lại bản ghi: cán bộ nhập liệu sẽ thấy lý do này.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+2" />
        <source>Record %1 returned to the clerk.</source>
        <translation>Đã trả bản ghi %1 về cho cán bộ nhập liệu.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a batch first: approving all records without warnings acts on one batch at a time.</source>
        <translation>Hãy chọn lô trước: duyệt hàng loạt các bản ghi không có cảnh báo chỉ áp dụng cho từng lô một.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No record of the batch "%1" is waiting without warnings.</source>
        <translation>Lô "%1" không có bản ghi nào không có cảnh báo đang chờ duyệt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Approve records</source>
        <translation>Duyệt bản ghi</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Approve %n record(s) without warnings of the batch "%1"?</source>
        <translation>
            <numerusform>Duyệt %n bản ghi không có cảnh báo của lô "%1"?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records with warnings stay in the list for a closer look.</source>
        <translation>Các bản ghi có cảnh báo vẫn ở lại danh sách để xem kỹ hơn.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Approve %n record(s)</source>
        <translation>
            <numerusform>Duyệt %n bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52" />
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>Đã duyệt %n bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) left for a closer look (they changed meanwhile).</source>
        <translation>
            <numerusform>%n bản ghi được để lại để xem xét kỹ hơn (vừa có thay đổi trong lúc duyệt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stopped before the end; the approvals made so far are kept.</source>
        <translation>Đã dừng trước khi hoàn tất; các bản ghi đã duyệt đến lúc này vẫn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ScanDialog</name>
    <message>
        <location filename="../ui/batches/ScanDialog.cpp" line="+37" />
        <source>&amp;Scan</source>
        <translation>&amp;Quét</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pause after this page</source>
        <translation>&amp;Tạm dừng sau trang này</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ontinue</source>
        <translation>T&amp;iếp tục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Finish</source>
        <translation>&amp;Kết thúc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send to readin&amp;g</source>
        <translation>Chuyển đi đọ&amp;c</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scan into "%1"</source>
        <translation>Quét vào "%1"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Grey</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Black and white</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>everything scanned is one document</source>
        <translation>tất cả trang quét là một tài liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheets that make one document: 1 for one registration per sheet, 2 for a two-sheet certificate</source>
        <translation>Số tờ tạo thành một tài liệu: 1 nếu mỗi tờ là một việc đăng ký, 2 nếu giấy chứng nhận gồm hai tờ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Scanne&amp;r:</source>
        <translation>&amp;Máy quét:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper s&amp;ource:</source>
        <translation>Nguồn &amp;giấy:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resolution:</source>
        <translation>Độ &amp;phân giải:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;lour:</source>
        <translation>&amp;Chế độ màu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sheets per &amp;document:</source>
        <translation>Số tờ mỗi tài &amp;liệu:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+239" />
        <source>Pages scanned: %1</source>
        <translation>Số trang đã quét: %1</translation>
    </message>
    <message>
        <location line="-295" />
        <source>Read the pages shown and store them in the batch (Ctrl+Enter)</source>
        <translation>Đọc các trang đang hiện và lưu vào lô (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Scanning the page again...</source>
        <translation>Đang quét lại trang...</translation>
    </message>
    <message>
        <location line="-76" />
        <location line="+271" />
        <source>Scanning...</source>
        <translation>Đang quét...</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Looking for scanners (network scanners can take a few seconds)...</source>
        <translation>Đang tìm máy quét (máy quét qua mạng có thể mất vài giây)...</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No scanner found. Check that it is switched on and connected, then press "Look again".</source>
        <translation>Không tìm thấy máy quét. Hãy kiểm tra máy quét đã bật và đã kết nối, rồi nhấn "Tìm lại".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the pages in the scanner and press Scan.</source>
        <translation>Đặt các trang vào máy quét và nhấn Quét.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Choose a scanner first.</source>
        <translation>Hãy chọn máy quét trước.</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%n page(s) sent to reading</source>
        <translation>
            <numerusform>Đã chuyển %n trang đi đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan more with Continue, or Finish.</source>
        <translation>Bấm Tiếp tục để quét thêm, hoặc bấm Kết thúc.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paused. Check the pages, then Continue to scan the rest, or Send to reading.</source>
        <translation>Đang tạm dừng. Xem lại các trang, rồi bấm Tiếp tục để quét phần còn lại, hoặc bấm Chuyển đi đọc.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The feeder is empty. Check the pages, load more and Continue, or Send to reading.</source>
        <translation>Khay nạp giấy đã hết. Xem lại các trang, nạp thêm giấy rồi bấm Tiếp tục, hoặc bấm Chuyển đi đọc.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page scanned. Check it, put the next one and Continue, or Send to reading.</source>
        <translation>Đã quét trang. Xem lại trang, đặt trang tiếp theo rồi bấm Tiếp tục, hoặc bấm Chuyển đi đọc.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>read: %1 of %2 (%3 pages/min)</source>
        <translation>đã đọc: %1/%2 (%3 trang/phút)</translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>%1
The %n page(s) scanned before are kept. Fix the paper, then Continue, or Finish.</source>
        <translation>
            <numerusform>%1
%n trang đã quét trước đó vẫn được giữ lại. Hãy chỉnh lại giấy, rồi nhấn Tiếp tục, hoặc Kết thúc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Scanning cancelled; %n document(s) stored before are kept.</source>
        <translation>
            <numerusform>Đã hủy quét; %n tài liệu đã lưu trước đó vẫn được giữ lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Done: %n document(s) stored in the batch.</source>
        <translation>
            <numerusform>Hoàn tất: đã lưu %n tài liệu vào lô.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n could not be stored.</source>
        <translation>
            <numerusform>%n tài liệu không lưu được.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>to check: %1</source>
        <translation>cần xem: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Reading the last pages and storing them...</source>
        <translation>Đang đọc và lưu các trang cuối...</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ScanPageStrip</name>
    <message>
        <location filename="../ui/batches/ScanPageStrip.cpp" line="+41" />
        <source>Turn left</source>
        <translation>Xoay trái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right</source>
        <translation>Xoay phải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move earlier</source>
        <translation>Chuyển lên trước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move later</source>
        <translation>Chuyển ra sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete page</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Turn the page a quarter anticlockwise (Shift+R)</source>
        <translation>Xoay trang một phần tư vòng ngược chiều kim đồng hồ (Shift+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn the page a quarter clockwise (R)</source>
        <translation>Xoay trang một phần tư vòng theo chiều kim đồng hồ (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the page one place earlier (Ctrl+Left); pages can also be dragged</source>
        <translation>Đưa trang lên trước một chỗ (Ctrl+Trái); cũng có thể kéo thả trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the page one place later (Ctrl+Right)</source>
        <translation>Đưa trang ra sau một chỗ (Ctrl+Phải)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the page out before it is read (Del)</source>
        <translation>Bỏ trang ra trước khi đọc (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan this page again; the new scan takes its place (Ctrl+R)</source>
        <translation>Quét lại trang này; bản quét mới thay vào chỗ của nó (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanned pages</source>
        <translation>Các trang đã quét</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page %1: back of sheet %2</source>
        <translation>Trang %1: mặt sau tờ %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1: sheet %2</source>
        <translation>Trang %1: tờ %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Will be turned %1 degrees clockwise</source>
        <translation>Sẽ được xoay %1 độ theo chiều kim đồng hồ</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SearchPage</name>
    <message>
        <location filename="../ui/search/SearchPage.cpp" line="+36" />
        <source>Name, place, number or date - accents not needed (e.g. nguyen van an 2019)</source>
        <translation>Họ tên, địa danh, số hoặc ngày - không cần gõ dấu (ví dụ nguyen van an 2019)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Type in the box above; results appear as you type.</source>
        <translation>Nhập vào ô phía trên; kết quả hiện ra ngay khi gõ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing found. Check the spelling, or type fewer words.</source>
        <translation>Không tìm thấy kết quả. Hãy kiểm tra chính tả, hoặc nhập ít từ hơn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first %1 results; type more words to narrow the search.</source>
        <translation>%1 kết quả đầu tiên; hãy nhập thêm từ để thu hẹp phạm vi tìm kiếm.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n record(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>Tìm thấy %n bản ghi. Nhấn Enter để mở bản ghi đang chọn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/search/SearchResultModel.cpp" line="+70" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matched</source>
        <translation>Nội dung khớp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+34" />
        <source>Scan in colour (grey is smaller and reads as well)</source>
        <translation>Quét màu (quét thang xám cho tệp nhỏ hơn mà vẫn đọc tốt)</translation>
    </message>
    <message>
        <location line="+9" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never (not advised)</source>
        <translation>không bao giờ (không khuyến nghị)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one per processor core (%1)</source>
        <translation>mỗi nhân bộ xử lý một luồng (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>first scanner found</source>
        <translation>máy quét đầu tiên tìm thấy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Flatbed glass</source>
        <translation>Mặt kính</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document feeder</source>
        <translation>Khay nạp giấy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document feeder, both sides</source>
        <translation>Khay nạp giấy, hai mặt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Khóa sau khi không dùng:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;OCR workers:</source>
        <translation>Số luồng &amp;OCR:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scanner defaults</source>
        <translation>Mặc định cho máy quét</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Scanner:</source>
        <translation>&amp;Máy quét:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper s&amp;ource:</source>
        <translation>Nguồn &amp;giấy:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resolution:</source>
        <translation>Độ &amp;phân giải:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Taught &amp;forms...</source>
        <translation>&amp;Mẫu giấy tờ đã học...</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Taught forms</source>
        <translation>Mẫu giấy tờ đã học</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+1" />
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/ShortcutsDialog.cpp" line="+16" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location line="+24" />
        <source>In the verification station's fields</source>
        <translation>Trong các trường của màn hình kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept the field and go to the next one that needs a look; on the last one, confirm the record</source>
        <translation>Chấp nhận trường và chuyển đến trường tiếp theo cần xem; ở trường cuối cùng thì xác nhận bản ghi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous field</source>
        <translation>Trường tiếp theo / trước đó</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the value read from the page</source>
        <translation>Khôi phục giá trị đọc được từ trang</translation>
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
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SoHoa - Sign in</source>
        <translation>SoHoa - Đăng nhập</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ lan.nguyen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;SoHoa&lt;/b&gt; - digitised civil-status and land records</source>
        <translation>&lt;b&gt;SoHoa&lt;/b&gt; - số hóa hồ sơ hộ tịch và đất đai</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location line="+2" />
        <source>Forgot the administrator password...</source>
        <translation>Quên mật khẩu quản trị...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set a new administrator password with the recovery code kept in the office safe.</source>
        <translation>Đặt mật khẩu quản trị mới bằng mã khôi phục được cất trong tủ an toàn của cơ quan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open another store...</source>
        <translation>Mở kho dữ liệu khác...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Type your account name.</source>
        <translation>Hãy nhập tên tài khoản.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the password...</source>
        <translation>Đang kiểm tra mật khẩu...</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The new password is set. Sign in with it; you will be asked to choose your own.</source>
        <translation>Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu này; sau đó anh/chị sẽ được yêu cầu đặt mật khẩu riêng.</translation>
    </message>
</context>
<context>
    <name>sohoa::ui::VerificationPage</name>
    <message>
        <location filename="../ui/verify/VerificationPage.cpp" line="+66" />
        <source>The batch whose records you verify</source>
        <translation>Lô chứa các bản ghi cần kiểm tra</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records to verify</source>
        <translation>Bản ghi chờ kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All records of the batch</source>
        <translation>Tất cả bản ghi của lô</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+857" />
        <source>Needs asking</source>
        <translation>Cần hỏi</translation>
    </message>
    <message>
        <location line="-836" />
        <source>&amp;Confirm record</source>
        <translation>&amp;Xác nhận bản ghi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Next record</source>
        <translation>Bản ghi &amp;sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous record</source>
        <translation>Bản ghi &amp;trước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply the suggested &amp;fix</source>
        <translation>Áp dụng &amp;gợi ý sửa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;uncertain character</source>
        <translation>Ký tự &amp;chưa chắc tiếp theo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo the last confirmation</source>
        <translation>&amp;Hoàn tác lần xác nhận vừa rồi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As &amp;written in the book</source>
        <translation>Đúng như sổ gốc (&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs &amp;asking / take back</source>
        <translation>Cần hỏi / đưa lại (&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next pa&amp;ge of the document</source>
        <translation>Trang &amp;sau của tài liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous pag&amp;e of the document</source>
        <translation>Trang &amp;trước của tài liệu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Whole page</source>
        <translation>&amp;Cả trang</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;traightened page</source>
        <translation>Trang đã nắn &amp;thẳng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Straightened</source>
        <translation>Đã nắn thẳng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the page as it was read: a photo straightened, the page turned upright (%1). The archived image is not changed.</source>
        <translation>Hiện trang như máy đã đọc: ảnh chụp được nắn thẳng, trang được xoay đứng (%1). Ảnh lưu trữ không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Batch:</source>
        <translation>&amp;Lô:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&lt; Page</source>
        <translation>&lt; Trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &gt;</source>
        <translation>Trang &gt;</translation>
    </message>
    <message>
        <location line="-105" />
        <source>Choose a batch to verify.</source>
        <translation>Hãy chọn lô cần kiểm tra.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The page of the record appears here.</source>
        <translation>Trang của bản ghi sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Record</source>
        <translation>&amp;Bản ghi</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%1 (%n to verify)</source>
        <translation>
            <numerusform>%1 (%n chờ kiểm tra)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91" />
        <source>No record of this batch is waiting for verification. Choose another batch, or "All records of the batch" to look at verified ones.</source>
        <translation>Lô này không còn bản ghi nào chờ kiểm tra. Hãy chọn lô khác, hoặc chọn "Tất cả bản ghi của lô" để xem các bản ghi đã kiểm tra.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Keyed twice with differences: resolve them under Key by hand, then confirm.</source>
        <translation>Hai lần nhập có chênh lệch: hãy xử lý ở màn hình Nhập tay, rồi xác nhận.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This batch is keyed twice: another clerk still has to key this entry a second time.</source>
        <translation>Lô này áp dụng nhập hai lần: cần một cán bộ nhập liệu khác nhập lần 2 cho mục này.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs asking (set aside by %1): %2. F7 takes it back into the queue.</source>
        <translation>Cần hỏi (%1 để riêng): %2. Nhấn F7 để đưa lại vào danh sách cần kiểm tra.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Returned by %1: %2</source>
        <translation>Bị %1 trả lại: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+291" />
        <source>This record is approved and can no longer be changed.</source>
        <translation>Bản ghi này đã được duyệt, không thể sửa được nữa.</translation>
    </message>
    <message>
        <location line="-289" />
        <source>Verified by %1. A change sends it back for verification.</source>
        <translation>Đã được %1 kiểm tra. Nếu sửa, bản ghi sẽ phải kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This record was keyed without a scanned page.</source>
        <translation>Bản ghi này được nhập tay, không có trang quét kèm theo.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Page %1 of %2, straightened</source>
        <translation>Trang %1/%2, đã nắn thẳng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1 of %2</source>
        <translation>Trang %1 của %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No record</source>
        <translation>Không có bản ghi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 of %2 (no. %3)</source>
        <translation>Bản ghi %1/%2 (số %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <source>%n field(s) to check</source>
        <translation>
            <numerusform>%n trường cần xem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing to check. Enter confirms the record.</source>
        <translation>Không có gì cần xem — Enter để xác nhận.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>There is no confirmation to undo.</source>
        <translation>Không có lần xác nhận nào để hoàn tác.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The confirmation of record %1 is undone; check it again.</source>
        <translation>Đã hoàn tác việc xác nhận bản ghi %1; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Your account cannot confirm records.</source>
        <translation>Tài khoản của anh/chị không có quyền xác nhận bản ghi.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The two keyings of this entry differ. Resolve the differences under Key by hand first.</source>
        <translation>Hai lần nhập của mục này khác nhau. Hãy xử lý chênh lệch ở màn hình Nhập tay trước.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This entry has not been keyed a second time yet; it can be confirmed once another clerk has keyed it.</source>
        <translation>Mục này chưa được nhập lần 2; chỉ xác nhận được sau khi một cán bộ nhập liệu khác đã nhập.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Record %1 confirmed. Ctrl+Z takes the confirmation back.</source>
        <translation>Đã xác nhận bản ghi %1. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>This field has no error to keep as written in the book.</source>
        <translation>Trường này không có lỗi nào cần giữ đúng như sổ gốc.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Kept as written in the book; the supervisor will see the note.</source>
        <translation>Đã giữ đúng như sổ gốc; người phê duyệt sẽ thấy ghi chú này.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What needs asking before this record can be finished?</source>
        <translation>Cần hỏi điều gì thì mới hoàn tất được bản ghi này?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Write what needs asking.</source>
        <translation>Hãy ghi điều cần hỏi.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Record %1 is set aside under "Needs asking"; F7 there takes it back.</source>
        <translation>Bản ghi %1 đã được để riêng ở mục "Cần hỏi"; nhấn F7 ở đó để đưa lại.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Record %1 is back in the records to verify.</source>
        <translation>Bản ghi %1 đã trở lại danh sách cần kiểm tra.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No record is left in this list.</source>
        <translation>Danh sách này không còn bản ghi nào.</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Every record of this batch is verified. A supervisor can now review them.</source>
        <translation>Tất cả bản ghi của lô này đã được kiểm tra. Người duyệt có thể bắt đầu duyệt.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This is the last record of the list.</source>
        <translation>Đây là bản ghi cuối cùng trong danh sách.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This is the first record of the list.</source>
        <translation>Đây là bản ghi đầu tiên trong danh sách.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no suggested fix for this field.</source>
        <translation>Không có gợi ý sửa cho trường này.</translation>
    </message>
</context>
<context>
    <name>sohoa::validation</name>
    <message>
        <location filename="../core/validation/DateRules.cpp" line="+39" />
        <source>%1 (%2) must not be earlier than %3 (%4).</source>
        <translation>%1 (%2) không được trước %3 (%4).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 (%2) must be before %3 (%4).</source>
        <translation>%1 (%2) phải trước %3 (%4).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2) is only %3 years before %4 (%5); check it.</source>
        <translation>%1 (%2) chỉ trước %4 (%5) %3 năm; đề nghị kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2) is after today.</source>
        <translation>%1 (%2) sau ngày hiện tại.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2) is after this year.</source>
        <translation>%1 (%2) sau năm hiện tại.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 was %2 years old on %3 (%4); the legal minimum is %5.</source>
        <translation>%1 mới %2 tuổi vào %3 (%4), chưa đủ %5 tuổi theo quy định của pháp luật.</translation>
    </message>
    <message>
        <location filename="../core/validation/LandRules.cpp" line="+92" />
        <source>%1: "%2" is not a number.</source>
        <translation>%1: "%2" không phải là số.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 must be greater than zero (%2).</source>
        <translation>%1 phải lớn hơn 0 (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2) is implausibly large; check it.</source>
        <translation>%1 (%2) lớn bất thường; đề nghị kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1: "%2" is not a land-type code of Circular 08/2024.</source>
        <translation>%1: "%2" không phải là mã loại đất theo Thông tư số 08/2024/TT-BTNMT.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: "%2" is an old land-type code; Circular 08/2024 uses %3.</source>
        <translation>%1: "%2" là mã loại đất cũ; theo Thông tư số 08/2024/TT-BTNMT nay là %3.</translation>
    </message>
    <message>
        <location filename="../core/validation/NationalRules.cpp" line="+25" />
        <source>%1: "%2" is not in its list (%3).</source>
        <translation>%1: "%2" không có trong danh mục (%3).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 must be a number: "%2".</source>
        <translation>%1 phải là một số: "%2".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 ("%2") cannot be read as a date; check it against %3 (%4).</source>
        <translation>%1 ("%2") không đọc được thành ngày, tháng, năm; đề nghị đối chiếu với %3 (%4).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 says %2 but %3 is %4; one of them is wrong.</source>
        <translation>%1 ghi %2 nhưng %3 là %4; một trong hai thông tin bị sai.</translation>
    </message>
    <message>
        <location filename="../core/validation/PersonalIdRules.cpp" line="+20" />
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 must contain digits only: "%2".</source>
        <translation>%1 chỉ được gồm các chữ số: "%2".</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 must have 12 digits (or 9 for an old identity card); "%2" has %3.</source>
        <translation>%1 phải gồm 12 chữ số (hoặc 9 chữ số đối với Chứng minh nhân dân cũ); "%2" có %3 chữ số.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 must have 12 digits; "%2" has %3.</source>
        <translation>%1 phải gồm 12 chữ số; "%2" có %3 chữ số.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the first three digits (%2) are not a province code.</source>
        <translation>%1: ba chữ số đầu (%2) không phải là mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the fourth digit (%2) is for a %3, but the record says %4.</source>
        <translation>%1: chữ số thứ tư (%2) là mã giới tính %3, nhưng hồ sơ ghi giới tính %4.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the fourth digit (%2) is for people born %3–%4, but the year of birth is %5.</source>
        <translation>%1: chữ số thứ tư (%2) dành cho người sinh từ năm %3 đến năm %4, nhưng năm sinh là %5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: digits 5–6 (%2) should be the last two digits of the year of birth %3.</source>
        <translation>%1: chữ số thứ năm và thứ sáu (%2) phải là hai số cuối của năm sinh %3.</translation>
    </message>
    <message>
        <location filename="../core/validation/PlaceRules.cpp" line="+33" />
        <source>%1: "%2" is in no list of administrative units.</source>
        <translation>%1: "%2" không có trong danh mục đơn vị hành chính.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: "%2" is in no list of administrative units; did you mean %3?</source>
        <translation>%1: "%2" không có trong danh mục đơn vị hành chính; có phải là %3?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2 is a unit from before 1 July 2025; it now belongs to %3.</source>
        <translation>%1: %2 là đơn vị hành chính trước ngày 01/7/2025; nay thuộc %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a unit the lists do not name</source>
        <translation>đơn vị chưa có trong danh mục</translation>
    </message>
    <message>
        <location filename="../core/validation/Validator.cpp" line="+90" />
        <source>%1 is required.</source>
        <translation>Thiếu thông tin bắt buộc: %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: "%2" is not a valid date.</source>
        <translation>%1: "%2" không phải là ngày, tháng, năm hợp lệ.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>%1: the year %2 is implausibly early.</source>
        <translation>%1: năm %2 quá sớm, không hợp lý.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1: "%2" is not a valid year.</source>
        <translation>%1: "%2" không phải là năm hợp lệ.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: "%2" is not a valid time (HH:MM).</source>
        <translation>%1: "%2" không phải là giờ, phút hợp lệ (giờ:phút).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: "%2" is neither "long-term" nor a date.</source>
        <translation>%1: "%2" không phải là "Lâu dài" hoặc một ngày cụ thể.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is typed in the %2 encoding; convert it to Unicode: "%3".</source>
        <translation>%1 được gõ bằng bảng mã %2; cần chuyển sang bảng mã Unicode: "%3".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not in Unicode NFC form (letters and marks stored apart); normalise it.</source>
        <translation>%1 chưa ở dạng Unicode dựng sẵn (chữ và dấu bị tách rời); cần chuẩn hóa lại.</translation>
    </message>
</context>
<context>
    <name>sohoa::workflow</name>
    <message>
        <location filename="../core/workflow/Workflow.cpp" line="+34" />
        <source>Record %1 is %2; it cannot be %3 now.</source>
        <translation>Bản ghi %1 đang ở trạng thái %2; lúc này không thể %3.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Record %1 was changed by someone else meanwhile; reload it.</source>
        <translation>Bản ghi %1 vừa được người khác sửa; hãy tải lại.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>edited</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+315" />
        <source>'%1' is not a field of a %2 record.</source>
        <translation>'%1' không phải là trường của hồ sơ %2.</translation>
    </message>
    <message>
        <location line="-250" />
        <source>confirmed</source>
        <translation>xác nhận</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record %1 is set aside as "needs asking"; take it back before confirming it.</source>
        <translation>Bản ghi %1 đang để riêng ở mục "Cần hỏi"; hãy đưa lại vào danh sách cần kiểm tra trước khi xác nhận.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 still has errors to fix: %2</source>
        <translation>Bản ghi %1 vẫn còn lỗi cần sửa: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>sent back for verification</source>
        <translation>đưa lại để kiểm tra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record %1 was confirmed by '%2'; only that account can undo the confirmation.</source>
        <translation>Bản ghi %1 do '%2' xác nhận; chỉ tài khoản đó mới hoàn tác được việc xác nhận.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Record %1 has errors: %2</source>
        <translation>Bản ghi %1 còn lỗi: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record %1 has values the clerk confirmed as written in the book although they look wrong; approve only if you accept them: %2</source>
        <translation>Bản ghi %1 có giá trị cán bộ đã xác nhận là đúng như sổ gốc dù có vẻ sai; chỉ phê duyệt nếu anh/chị chấp nhận: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Record %1 has warnings that need your acknowledgement: %2</source>
        <translation>Bản ghi %1 có cảnh báo cần anh/chị xác nhận đã xem: %2</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Record %1 was verified by '%2'; another account must decide on it.</source>
        <translation>Bản ghi %1 do '%2' kiểm tra; phải do tài khoản khác duyệt.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>approved</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Say why the record is rejected.</source>
        <translation>Hãy ghi lý do trả lại bản ghi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rejected</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <location line="+42" />
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record %1 has no such error any more; nothing to confirm as written.</source>
        <translation>Bản ghi %1 không còn lỗi này; không có gì cần xác nhận đúng như sổ gốc.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Write what needs asking.</source>
        <translation>Hãy ghi điều cần hỏi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>set aside</source>
        <translation>để riêng (cần hỏi)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Record %1 is not set aside.</source>
        <translation>Bản ghi %1 không nằm trong mục "Cần hỏi".</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown record type '%1'.</source>
        <translation>Không có loại hồ sơ '%1'.</translation>
    </message>
</context>
</TS>