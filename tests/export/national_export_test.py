#!/usr/bin/env python3
"""Round trip through the real sohoa-cli and a real store:
devset scans -> ingest (OCR) -> verify (the clerk types the truth and the
national fields) -> approve (a supervisor) -> export --format national-xlsx /
land-csv / land-xlsx, then the produced files are read with an independent
reader (openpyxl, csv) and checked against the devset truth and the Ministry's
column lists in ../shared/data/real/national-templates/ (not against SoHoa's
own mapping)."""
import argparse, csv, json, os, re, shutil, subprocess, sys, tempfile

import openpyxl

p = argparse.ArgumentParser()
p.add_argument("--cli", required=True)
p.add_argument("--devset", required=True)
p.add_argument("--templates", required=True)
p.add_argument("--work", required=True)
args = p.parse_args()

FILES = {"birth": "images/scan-0002.jpg", "death": "images/scan-0003.jpg",
         "marriage": "images/scan-0007.png", "land_certificate": "images/scan-0014.jpg"}
failures = []
checks = [0]


def check(cond, what):
    checks[0] += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


os.makedirs(args.work, exist_ok=True)
work = tempfile.mkdtemp(dir=args.work)
store = os.path.join(work, "store")
env = dict(os.environ, SOHOA_LANG="en", SOHOA_STORE=store, OMP_THREAD_LIMIT="1")
PASSWORDS = {"admin": "Quan-tri-vien-2026", "clerk": "Can-bo-tu-phap-2026", "supervisor": "Lanh-dao-xa-2026"}


def cli(user, *argv, ok=True, stdin=None):
    e = dict(env, SOHOA_USER=user, SOHOA_PASSWORD=PASSWORDS[user])
    r = subprocess.run([args.cli, *argv], env=e, capture_output=True, text=True, input=stdin, timeout=900)
    if ok and r.returncode != 0:
        raise SystemExit("sohoa-cli %s failed (%d): %s" % (" ".join(argv), r.returncode, r.stderr))
    return r


def jsonl(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def pwfile(name):
    path = os.path.join(work, name + ".pw")
    with open(path, "w") as f:
        f.write(PASSWORDS[name] + "\n")
    return path


UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def words_below_100(n):
    if n < 10:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else UNITS[tens] + " mươi"
    if unit == 0:
        return head
    if unit == 5:
        return head + " lăm"
    if unit == 1 and tens > 1:
        return head + " mốt"
    return head + " " + UNITS[unit]


def year_words(y):
    th, rest = divmod(y, 1000)
    hu, rest = divmod(rest, 100)
    out = UNITS[th] + " nghìn " + UNITS[hu] + " trăm"
    if rest == 0:
        return out
    if rest < 10:
        return out + " linh " + UNITS[rest]
    return out + " " + words_below_100(rest)


def date_words(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "ngày %s, tháng %s, năm %s" % (words_below_100(d), words_below_100(m), year_words(y))


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


try:
    truth = {}
    with open(os.path.join(args.devset, "truth.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            if t["file"] in FILES.values():
                truth[t["type"]] = t["fields"]
    assert set(truth) == set(FILES), truth.keys()

    cli("admin", "store", "init", "--admin", "admin", "--kdf-profile", "interactive")
    for name, role in (("clerk", "clerk"), ("supervisor", "supervisor")):
        cli("admin", "user", "add", "--name", name, "--role", role, "--new-password-file", pwfile(name))

    batch = "Sổ khai sinh 01/2011"
    r = cli("clerk", "ingest", "--batch", batch, "--quiet", "--json",
            *[os.path.join(args.devset, FILES[t]) for t in ("birth", "death", "marriage", "land_certificate")])
    records = jsonl(cli("clerk", "records", "--batch", batch, "--json").stdout)
    by_type = {rec["type"]: rec for rec in records}
    check(set(by_type) == set(FILES), "ingest classified the four scans: %s" % sorted(by_type))

    national = {
        "birth": {"page_number": "17", "registration_type": "1", "signer_name": "Lò Văn Sơn",
                  "signer_title": "Chủ tịch", "officer_name": "Cầm Thị Hoa", "notes": "Bản chính",
                  "mother_residence_type": "1", "mother_id_document_type": "4",
                  "mother_id_document_number": "012176000123", "declarant_name": "Lộc Diệu Thúy",
                  "declarant_relationship": "Mẹ"},
        "death": {"page_number": "4", "registration_type": "4", "signer_name": "Trần Văn Bình",
                  "signer_title": "Phó Chủ tịch", "residence_type": "1", "death_notice_type": "Giấy báo tử",
                  "death_notice_number": "12/GBT"},
        "marriage": {"page_number": "31", "registration_type": "2", "signer_name": "Nguyễn Văn Tư",
                     "signer_title": "Chủ tịch", "husband_residence_type": "2", "wife_residence_type": "1"},
        "land_certificate": {},
    }
    national["birth"]["date_of_birth_words"] = date_words(truth["birth"]["date_of_birth"])
    national["death"]["date_of_death_words"] = date_words(truth["death"]["date_of_death"])

    # A code outside its list and words that say another date are flagged before the clerk fixes them.
    rec = by_type["birth"]
    wrong = ["registration_type=9", "page_number=17a", "date_of_birth_words=" + date_words("2011-03-10")]
    cli("clerk", "verify", str(rec["id"]), *sum([["--set", s] for s in wrong], []))
    rec = [x for x in jsonl(cli("clerk", "records", "--batch", batch, "--json").stdout) if x["id"] == rec["id"]][0]
    codes = {(i["code"], i["field"]) for i in rec["issues"]}
    check(("code.unknown", "registration_type") in codes, "registration_type 9 is flagged: %s" % codes)
    check(("number.format", "page_number") in codes, "page_number 17a is flagged: %s" % codes)
    check(("date.words_mismatch", "date_of_birth_words") in codes, "words of another date are flagged: %s" % codes)

    for t, rec in by_type.items():
        want = dict(truth[t])
        want.update(national[t])
        sets = ["%s=%s" % (k, v) for k, v in want.items()]
        sets += ["%s=" % k for k in rec["fields"] if k not in want]  # values the paper does not hold
        cli("clerk", "verify", str(rec["id"]), "--confirm", *sum([["--set", s] for s in sets], []))
    records = {x["type"]: x for x in jsonl(cli("clerk", "records", "--batch", batch, "--json").stdout)}
    for t in ("birth", "death"):
        codes = {i["code"] for i in records[t]["issues"]}
        check("date.words_mismatch" not in codes, "%s: date in words agrees: %s" % (t, records[t]["issues"]))
        check("code.unknown" not in codes, "%s: codes in their lists: %s" % (t, records[t]["issues"]))
    cli("supervisor", "approve", "--acknowledge-warnings", *[str(x["id"]) for x in records.values()])
    states = {x["type"]: x["state"] for x in jsonl(cli("clerk", "records", "--batch", batch, "--json").stdout)}
    check(all(s == "approved" for s in states.values()), "all approved: %s" % states)

    # A clerk may not export personal data.
    out = os.path.join(work, "xuat")
    r = cli("clerk", "export", "--format", "national-xlsx", "--batch", batch, "--out", out, ok=False)
    check(r.returncode != 0 and not os.path.exists(os.path.join(out, "KhaiSinh.xlsx")), "a clerk cannot export")

    r = cli("supervisor", "export", "--format", "national-xlsx", "--batch", batch, "--out", out, "--json")
    summary = json.loads(r.stdout)
    check(summary["total"] == 3 and summary["pdfs"] == 3, "3 records and 3 PDFs: %s" % summary)

    def template_columns(name):
        cols = []
        for line in open(os.path.join(args.templates, name), encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("# Sheet") and cols:
                break
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            cols.append((parts[1] if len(parts) > 1 else parts[0]).split()[0])
        return cols

    def rows(path):
        wb = openpyxl.load_workbook(path, read_only=True)
        check(wb.sheetnames == ["DL Import", "Ghi chu"], "%s sheets: %s" % (path, wb.sheetnames))
        data = [list(r) for r in wb["DL Import"].iter_rows(values_only=True)]
        notes = [list(r) for r in wb["Ghi chu"].iter_rows(values_only=True)]
        return data[0], [dict(zip(data[0], r)) for r in data[1:]], notes

    def same_text(a, b):
        return re.sub(r"\s+", " ", str(a)).strip().casefold() == re.sub(r"\s+", " ", str(b)).strip().casefold()

    SEX = {"male": 1, "female": 2}
    expectations = {
        "birth": ("KhaiSinh.xlsx", "birth-import-columns.txt", {
            "STT": 1, "so": truth["birth"]["registration_number"], "quyenSo": truth["birth"]["book_number"],
            "trangSo": 17, "ngayDangKy": dmy(truth["birth"]["registration_date"]), "loaiDangKy": 1,
            "noiDangKy": truth["birth"]["registration_place"], "nguoiKy": "Lò Văn Sơn", "chucVuNguoiKy": "Chủ tịch",
            "nguoiThucHien": "Cầm Thị Hoa", "ghiChu": "Bản chính", "nksSoDinhDanh": truth["birth"]["personal_id"],
            "nksHoTen": truth["birth"]["full_name"], "nksGioiTinh": SEX[truth["birth"]["sex"]],
            "nksNgaySinh": dmy(truth["birth"]["date_of_birth"]),
            "nksNgaySinhBangChu": national["birth"]["date_of_birth_words"],
            "nksNoiSinh": truth["birth"]["place_of_birth"], "nksQueQuan": truth["birth"]["hometown"],
            "nksDanToc": truth["birth"]["ethnicity"], "nksQuocTich": "VN",
            "nksQuocTichStr": truth["birth"]["nationality"], "meHoTen": truth["birth"]["mother_name"],
            "meNgaySinh": truth["birth"].get("mother_birth_year"), "meLoaiCuTru": 1,
            "meNoiCuTru": truth["birth"].get("mother_residence"), "meLoaiGiayToTuyThan": 4,
            "meSoGiayToTuyThan": "012176000123", "chaHoTen": truth["birth"].get("father_name"),
            "nycHoTen": "Lộc Diệu Thúy", "nycQuanHe": "Mẹ", "nksLoaiKhaiSinh": None, "nksMatTich": None}),
        "death": ("KhaiTu.xlsx", "death-import-columns.txt", {
            "so": truth["death"]["registration_number"], "quyenSo": truth["death"]["book_number"], "trangSo": 4,
            "ngayDangKy": dmy(truth["death"]["registration_date"]), "loaiDangKy": 4,
            "nktHoTen": truth["death"]["full_name"], "nktGioiTinh": SEX[truth["death"]["sex"]],
            "nktNgaySinh": dmy(truth["death"]["date_of_birth"]) if "date_of_birth" in truth["death"] else None,
            "nktNgayChet": dmy(truth["death"]["date_of_death"]),
            "nktNgayChetGhiBangChu": national["death"]["date_of_death_words"],
            "nktGioPhutChet": truth["death"].get("time_of_death"), "nktNoiChet": truth["death"].get("place_of_death"),
            "nktNguyenNhanChet": truth["death"].get("cause_of_death"), "nktLoaiCuTru": 1,
            "nktNoiCuTru": truth["death"].get("residence"), "gbtLoai": "Giấy báo tử", "gbtSo": "12/GBT",
            "nycHoTen": truth["death"].get("declarant_name"),
            # no ID paper typed: the personal ID is the citizen identity card's number (type 4)
            "nktSoGiayToTuyThan": truth["death"].get("personal_id"),
            "nktLoaiGiayToTuyThan": 4 if truth["death"].get("personal_id") else None}),
        "marriage": ("KetHon.xlsx", "marriage-import-columns.txt", {
            "so": truth["marriage"]["registration_number"], "quyenSo": truth["marriage"]["book_number"],
            "trangSo": 31, "ngayDangKy": dmy(truth["marriage"]["registration_date"]), "loaiDangKy": 2,
            "chongHoTen": truth["marriage"]["husband_name"], "chongNgaySinh": dmy(truth["marriage"]["husband_date_of_birth"]),
            "chongLoaiCuTru": 2, "chongNoiCuTru": truth["marriage"]["husband_residence"],
            "chongSoGiayToTuyThan": truth["marriage"]["husband_personal_id"], "chongLoaiGiayToTuyThan": 4,
            "voHoTen": truth["marriage"]["wife_name"], "voNgaySinh": dmy(truth["marriage"]["wife_date_of_birth"]),
            "voLoaiCuTru": 1, "voDanToc": truth["marriage"]["wife_ethnicity"]}),
    }
    for t, (book, template, want) in expectations.items():
        path = os.path.join(out, book)
        check(os.path.exists(path), "%s written" % book)
        if not os.path.exists(path):
            continue
        header, data, notes = rows(path)
        check(list(header) == template_columns(template), "%s: header in the national order" % book)
        check(len(data) == 1, "%s: one row" % book)
        row = data[0]
        for col, value in want.items():
            got = row.get(col)
            if value is None:
                check(got in (None, ""), "%s %s empty, got %r" % (book, col, got))
            elif isinstance(value, int):
                check(isinstance(got, (int, float)) and got == value, "%s %s = %r (a number), got %r" % (book, col, value, got))
            else:
                check(isinstance(got, str) and same_text(got, value), "%s %s = %r, got %r" % (book, col, value, got))
        flat = [c for r in notes for c in r if c is not None]
        for name in ("Loại đăng ký", "Giới tính", "Loại giấy tờ tùy thân", "Thẻ căn cước công dân", "Đăng ký lại"):
            check(name in flat, "%s Ghi chu lists %s" % (book, name))
        tr = truth[t]
        pdf = os.path.join(out, book[:-5], "%s_%s_%s.pdf" % (tr["registration_number"], tr["book_number"].replace("/", "-"),
                                                           national[t]["page_number"]))
        check(os.path.exists(pdf), "page PDF %s" % pdf)
        if os.path.exists(pdf):
            with open(pdf, "rb") as f:
                check(f.read(5) == b"%PDF-", "%s is a PDF" % pdf)
            if shutil.which("pdfinfo"):
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                check(re.search(r"^Pages:\s+1$", info, re.M) is not None, "%s has one page: %s" % (pdf, info))

    # Never over files already there.
    r = cli("supervisor", "export", "--format", "national-xlsx", "--batch", batch, "--out", out, ok=False)
    check(r.returncode != 0, "export refuses a folder that is not empty")

    # The land registry office's list, CSV and XLSX.
    land = truth["land_certificate"]
    lout = os.path.join(work, "dat")
    cli("supervisor", "export", "--format", "land-csv", "--batch", batch, "--out", lout, "--no-pdf")
    with open(os.path.join(lout, "GiayChungNhan.csv"), encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    check(len(table) == 1, "land CSV: one row")
    if table:
        row = table[0]
        check(row["Số phát hành GCN"] == land["certificate_serial"], "land serial: %r" % row)
        check(row["Thửa đất số"] == land["parcel_number"], "land parcel: %r" % row)
        check(float(row["Diện tích (m²)"]) == float(land["area_m2"]), "land area: %r" % row)
        check(row["Mục đích sử dụng"] == land["land_use_purpose"], "land purpose: %r" % row)
        check(row["Người sử dụng đất"] == land["holder_name"], "land holder: %r" % row)
        if "issue_date" in land:
            check(row["Ngày cấp GCN"] == dmy(land["issue_date"]), "land issue date: %r" % row)
    x = os.path.join(work, "dat-xlsx")
    cli("supervisor", "export", "--format", "land-xlsx", "--batch", batch, "--out", x)
    wb = openpyxl.load_workbook(os.path.join(x, "GiayChungNhan.xlsx"), read_only=True)
    data = [list(r) for r in wb[wb.sheetnames[0]].iter_rows(values_only=True)]
    check(len(data) == 2 and data[1][data[0].index("Diện tích (m²)")] == float(land["area_m2"]), "land XLSX area is a number")

    # Who exported what, how many and where is in the audit trail.
    audit = jsonl(cli("admin", "audit", "list", "--action", "export.tables", "--json").stdout)
    check(len(audit) == 3, "three exports audited: %d" % len(audit))
    if audit:
        text = json.dumps(audit[0], ensure_ascii=False)
        check("supervisor" in text and out in text and "national-xlsx" in text, "audit names who/where/what: %s" % text)
finally:
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print("%d check(s) failed" % len(failures), file=sys.stderr)
    sys.exit(1)
print("national export round trip: all %d checks passed" % checks[0])
