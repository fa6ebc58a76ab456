#!/usr/bin/env python3
"""Write the copy-detection fixtures of tests/copies/corpus/ (run once; the .txt files are the fixtures).

Five wire stories (TTXVN, VOV, Vietnam+) as the outlets that reprinted them would print them:
each reprint in its own page style, with the edits outlets make - a new lead tag ("TTO - ",
"(Dân trí) - ", "Theo TTXVN, "), a new title, other paragraph breaks, the closing sentence cut,
a credit line added ("Theo Vietnamplus"), "Hoa Kỳ" and "Mỹ" swapped, a cut-down brief. Then
what must NOT be found as copies: one NATO press conference and one Geneva meeting, each written
up by three outlets in their own words with the same quotations, and a TTXVN story that reuses
two background paragraphs of another. One page is saved twice (the second time with CRLF line
ends and a BOM). The prose is original; the page furniture imitates each outlet.

Usage: python3 tests/copies/make_fixtures.py   (from the repository root)
"""

import os
import re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

# ---------------------------------------------------------------------------------------------
# Page styles: header lines before the title, the dateline, lines between the dateline and the
# lead, and the footer after the credit.


def page(style, title, dateline, paras, credit=None, lead_tag="", caption=None, caption_at=2):
    paras = list(paras)
    if lead_tag:
        paras[0] = lead_tag + paras[0]
    if caption is not None:
        paras.insert(caption_at, caption)
    head, between, foot = STYLES[style]
    lines = list(head)
    lines.append(title)
    lines.append(dateline)
    lines.extend(between)
    body = "\n\n".join(paras)
    out = "\n".join(lines) + "\n" + body + "\n\n"
    if credit:
        out += credit + "\n\n"
    out += "\n".join(foot) + "\n"
    return out


STYLES = {
    "baotintuc": (
        ["BÁO TIN TỨC", "Cơ quan của Thông tấn xã Việt Nam",
         "Thời sự  Thế giới  Kinh tế  Xã hội  Pháp luật  Văn hóa  Thể thao  Ảnh  Video", "", "Thế giới"],
        ["Cỡ chữ  A-  A+", "Chia sẻ"],
        ["In bài", "Gửi bạn bè", "", "Tải ứng dụng Báo Tin tức",
         "© Bản quyền thuộc về Báo Tin tức - Thông tấn xã Việt Nam"],
    ),
    "tuoitre": (
        ["Tuổi Trẻ Online",
         "Thời sự  Thế giới  Pháp luật  Kinh doanh  Công nghệ  Xe  Du lịch  Nhịp sống trẻ  Văn hóa",
         "Đăng nhập", "", "Thế giới", "Thời sự thế giới"],
        ["Chia sẻ", ""],
        ["", "Tin liên quan", "Thế giới tuần qua: Một tuần ngoại giao dày đặc",
         "Tuổi Trẻ Online - Cơ quan chủ quản: Thành Đoàn TP.HCM"],
    ),
    "dantri": (
        ["Dân trí", "Thời sự  Thế giới  Kinh doanh  Bất động sản  Sức khỏe  Giáo dục  Pháp luật",
         "Đăng nhập", "", "Thế giới"],
        ["Chia sẻ", "Nghe bài viết", ""],
        ["", "Tin liên quan", "Ukraine và phương Tây theo dõi sát đàm phán Nga - Mỹ",
         "Báo điện tử Dân trí - Cơ quan của Bộ Lao động - Thương binh và Xã hội"],
    ),
    "baonghean": (
        ["BÁO NGHỆ AN", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An",
         "Thời sự  Chính trị  Kinh tế  Xã hội  Pháp luật  Văn hóa  Quốc tế  Xứ Nghệ", "",
         "Quốc tế  »  Thế giới"],
        ["(0)  Bình luận   |   Chia sẻ   |   A-   A+", ""],
        ["Tin cùng chuyên mục", "Nghệ An đón đoàn doanh nghiệp Lào đến tìm hiểu cơ hội đầu tư",
         "Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An"],
    ),
    "baolaocai": (
        ["BÁO LÀO CAI", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai",
         "Thời sự  Kinh tế  Xã hội  Văn hóa  Quốc tế  Du lịch", "", "Quốc tế"],
        ["Cỡ chữ  A-  A+", ""],
        ["Tin cùng chuyên mục", "Sa Pa đón hơn 20.000 lượt khách dịp cuối tuần",
         "© Báo Lào Cai điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
    ),
    "vov": (
        ["VOV.VN", "Báo điện tử VOV - Đài Tiếng nói Việt Nam",
         "Chính trị  Thời sự  Thế giới  Kinh tế  Xã hội  Pháp luật  Sức khỏe  Quân sự - Quốc phòng", "",
         "Trang chủ / Thế giới / Quân sự"],
        [],
        ["", "Tin liên quan", "Nga tập trận bắn đạn thật gần biên giới Ukraine",
         "Báo điện tử VOV - Đài Tiếng nói Việt Nam"],
    ),
    "plo": (
        ["PHÁP LUẬT TP.HCM",
         "Thời sự  Pháp luật  Quốc tế  Kinh tế  Đô thị  Giáo dục  Sức khỏe  Văn hóa  Thể thao", "Đăng nhập",
         "", "Quốc tế"],
        ["Chia sẻ qua Facebook"],
        ["", "Bình luận", "Đăng nhập để bình luận",
         "Báo Pháp Luật TP.HCM - Cơ quan của Ủy ban Nhân dân TP.HCM"],
    ),
    "baoquangninh": (
        ["BÁO QUẢNG NINH ĐIỆN TỬ", "Hạ Long  18°C  Nhiều mây",
         "Chính trị  Kinh tế  Xã hội  Văn hóa  Quốc phòng - An ninh  Quốc tế  Bạn đọc", "Tìm kiếm...", "",
         "Quốc tế"],
        ["Cỡ chữ:  A-  A  A+     In     Gửi email", ""],
        ["Chia sẻ:   Facebook   Zalo", "Tin cùng chuyên mục",
         "Hạ Long ra quân bảo đảm an toàn giao thông dịp Tết  (24/01/2022)",
         "BÁO QUẢNG NINH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ninh"],
    ),
    "nld": (
        ["NGƯỜI LAO ĐỘNG", "Thời sự  Quốc tế  Lao động  Bạn đọc  Kinh tế  Sức khỏe  Giáo dục  Pháp luật",
         "", "Quốc tế"],
        ["Chia sẻ", ""],
        ["", "Tin liên quan", "Mỹ chuẩn bị phương án sơ tán công dân khỏi Ukraine",
         "Báo Người Lao Động Online - Cơ quan của Thành ủy TP.HCM"],
    ),
    "vietnamplus": (
        ["Vietnam+",
         "Chính trị  Kinh tế  Xã hội  Thế giới  Đời sống  Văn hóa  Thể thao  Khoa học  Công nghệ",
         "English  Español  Français", "", "Thế giới"],
        ["Email", "In", "Facebook", "Zalo"],
        ["Tin cùng chuyên mục", "Xem thêm",
         "Báo điện tử Vietnam+, cơ quan của Thông tấn xã Việt Nam (TTXVN)",
         "© Bản quyền thuộc về Vietnam+. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."],
    ),
    "thanhnien": (
        ["THANH NIÊN", "Thời sự  Thế giới  Kinh tế  Đời sống  Sức khỏe  Giới trẻ  Giáo dục", "",
         "Thế giới  /  Thời sự thế giới"],
        ["Facebook   Zalo   Twitter   Email   Sao chép", ""],
        ["", "Theo dõi Thanh Niên trên Google News", "Bài liên quan",
         "© Báo Thanh Niên. Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam"],
    ),
    "baohaiphong": (
        ["BÁO HẢI PHÒNG", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng",
         "Trang chủ   Thời sự   Chính trị   Kinh tế   Xã hội   Quốc tế   Video   Ảnh", "",
         "Thời sự  ›  Quốc tế"],
        ["Lượt xem: 1.024     Chia sẻ   Facebook   Zalo   In bài", ""],
        ["Tin cùng chuyên mục", "Hải Phòng khởi công cầu Nguyễn Trãi   (25/01/2022 16:20)",
         "© Bản quyền thuộc về Báo Hải Phòng. Cấm sao chép dưới mọi hình thức khi chưa được sự đồng ý."],
    ),
    "cafef": (
        ["CafeF", "Trang chủ  Xã hội  Chứng khoán  Bất động sản  Doanh nghiệp  Ngân hàng  Tài chính quốc tế",
         "Tài chính quốc tế"],
        ["Chia sẻ", "Facebook", ""],
        ["", "Tin mới", "Bản quyền thuộc về CafeF",
         "Ghi rõ nguồn \"CafeF\" khi phát hành lại thông tin từ kênh thông tin này."],
    ),
    "baodautu": (
        ["BÁO ĐẦU TƯ", "Cơ quan của Bộ Kế hoạch và Đầu tư",
         "Thời sự  Đầu tư  Quốc tế  Doanh nghiệp  Ngân hàng  Tài chính  Chứng khoán", "",
         "Trang chủ  »  Quốc tế  »  Kinh tế thế giới"],
        ["Lưu tin     Cỡ chữ  A  A  A     In trang", ""],
        ["Đọc nhiều", "Tải ứng dụng Báo Đầu tư trên App Store  |  Google Play",
         "© Bản quyền thuộc về Báo Đầu tư. Mọi hình thức sao chép phải ghi rõ nguồn “Báo Đầu tư”."],
    ),
    "baobacgiang": (
        ["BÁO BẮC GIANG", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang",
         "Thời sự  Chính trị  Kinh tế  Xã hội  Quốc tế  Văn hóa  Thể thao", "", "Quốc tế"],
        ["Chia sẻ   |   Cỡ chữ  A-  A+", ""],
        ["Tin cùng chuyên mục", "Bắc Giang xuất khẩu lô vải thiều đầu tiên sang Nhật Bản",
         "© Báo Bắc Giang điện tử"],
    ),
    "baoquocte": (
        ["Báo Quốc tế", "Cơ quan của Bộ Ngoại giao",
         "Thời sự  Thế giới  Kinh tế  Văn hóa  Người Việt bốn phương", "", "Thế giới"],
        ["Theo dõi Báo Quốc tế trên", ""],
        ["Tin cùng chuyên mục", "Việt Nam và Nhật Bản thúc đẩy hợp tác kinh tế",
         "© Bản quyền thuộc về Báo Thế giới và Việt Nam"],
    ),
    "baothainguyen": (
        ["BÁO THÁI NGUYÊN", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên",
         "Thời sự  Chính trị  Kinh tế  Xã hội  Quốc tế  Thể thao", "", "Quốc tế"],
        ["Chia sẻ   |   In bài", ""],
        ["Tin cùng chuyên mục", "Thái Nguyên hoàn thành giải ngân vốn đầu tư công năm 2021",
         "© Báo Thái Nguyên điện tử"],
    ),
    "vnexpress": (
        ["VnExpress - Báo tiếng Việt nhiều người xem nhất", "Mới nhất", "Thời sự", "Góc nhìn", "Thế giới",
         "Kinh doanh", "", "Thế giới  Quân sự"],
        [],
        ["", "Tin khác", "Mỹ đặt 8.500 binh sĩ trong tình trạng báo động cao",
         "VnExpress - Báo tiếng Việt nhiều người xem nhất. Thuộc Bộ Khoa học và Công nghệ"],
    ),
    "znews": (
        ["Znews.vn", "Thời sự  Thế giới  Kinh doanh  Công nghệ  Sức khỏe  Thể thao  Giải trí", "Tin mới",
         "", "Thế giới"],
        [],
        ["", "Bình luận", "Đăng nhập để bình luận", "Đọc nhiều",
         "Znews - Tạp chí điện tử tri thức", "Giấy phép báo chí số 35/GP-BTTTT"],
    ),
    "vtcnews": (
        ["VTC News", "Thời sự  Thế giới  Kinh tế  Giải trí  Thể thao  Pháp luật  Sức khỏe", "",
         "Thế giới"],
        ["Chia sẻ", ""],
        ["", "Tin liên quan", "Ông Blinken đến Kiev trước cuộc gặp ngoại trưởng Nga",
         "© Báo điện tử VTC News - Cơ quan của Đài Truyền hình Kỹ thuật số VTC"],
    ),
    "tienphong": (
        ["TIỀN PHONG", "Xã hội  Kinh tế  Thế giới  Giới trẻ  Văn hóa  Giải trí  Thể thao", "", "Thế giới"],
        ["ADVERTISEMENT", ""],
        ["", "#Nga  #Mỹ  #Geneva", "Tin liên quan",
         "Báo Tiền Phong - Cơ quan Trung ương Đoàn TNCS Hồ Chí Minh"],
    ),
}


def swap(text, pairs):
    for a, b in pairs:
        text = text.replace(a, b)
    return text


def merge(paras, i):
    """Paragraph i and i+1 printed as one."""
    return paras[:i] + [paras[i] + " " + paras[i + 1]] + paras[i + 2:]


def split(paras, i):
    """Paragraph i broken after its first sentence."""
    first, rest = re.split(r"(?<=[.\"”])\s+(?=[A-ZĐÂÊÔƯÁÀẢÃẠ“\"])", paras[i], maxsplit=1)
    return paras[:i] + [first, rest] + paras[i + 1:]


def cut_last_sentence(paras):
    """The article's closing sentence left out (the last paragraph when it is one sentence)."""
    last = paras[-1]
    parts = re.split(r"(?<=\.)\s+", last)
    if len(parts) == 1:
        return paras[:-1]
    return paras[:-1] + [" ".join(parts[:-1])]


FILES = {}


def write(name, text, crlf=False, bom=False):
    FILES[name] = (text, crlf, bom)


# ---------------------------------------------------------------------------------------------
# Story 1, TTXVN: the Geneva strategic-stability talks of 10 January 2022.

GENEVA = [
    "Vòng đàm phán về ổn định chiến lược giữa Nga và Hoa Kỳ tại Geneva (Thụy Sĩ) ngày 10/1 đã kết thúc sau gần 8 giờ thảo luận, song hai bên vẫn giữ nguyên lập trường về các đề xuất bảo đảm an ninh mà Moscow đưa ra hồi tháng 12 năm ngoái.",
    "Phát biểu với báo giới sau cuộc gặp, Thứ trưởng Ngoại giao Nga Sergei Ryabkov, trưởng phái đoàn Nga, cho biết cuộc thảo luận diễn ra “khó khăn, dài và rất chuyên nghiệp”. Ông nhấn mạnh Moscow cần những bảo đảm ràng buộc về mặt pháp lý rằng NATO sẽ không mở rộng thêm về phía Đông, đặc biệt là không kết nạp Ukraine và Gruzia.",
    "Theo ông Ryabkov, phía Nga đã khẳng định với Hoa Kỳ rằng Moscow không có kế hoạch tấn công Ukraine và “không có lý do gì để lo ngại về một kịch bản leo thang”. Nhà ngoại giao Nga cũng cho rằng Washington chưa hiểu hết mức độ cấp bách của các vấn đề mà Nga nêu ra.",
    "Về phía Hoa Kỳ, Thứ trưởng Ngoại giao Wendy Sherman cho biết Washington đã bác bỏ những đề xuất an ninh mà phía Hoa Kỳ cho là “không thể bắt đầu”, trong đó có yêu cầu NATO ngừng kết nạp thành viên mới. Bà Sherman nhấn mạnh Hoa Kỳ sẽ không cho phép bất kỳ quốc gia nào đóng cửa chính sách mở cửa của NATO.",
    "Tuy nhiên, Thứ trưởng Sherman cho biết hai bên đã trao đổi về khả năng hạn chế quy mô các cuộc tập trận quân sự và vị trí triển khai tên lửa tại châu Âu, những lĩnh vực mà Hoa Kỳ sẵn sàng tiếp tục thảo luận trên cơ sở có đi có lại.",
    "Cuộc gặp tại Geneva là vòng đầu tiên trong chuỗi đối thoại an ninh giữa Nga và phương Tây trong tuần này. Phiên họp Hội đồng Nga - NATO sẽ diễn ra tại Brussels (Bỉ) ngày 12/1, tiếp theo là cuộc họp của Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1.",
    "Trước thềm đàm phán, Nga được cho là đã tập trung khoảng 100.000 binh sĩ gần biên giới với Ukraine, khiến phương Tây lo ngại về nguy cơ xung đột. Moscow nhiều lần bác bỏ cáo buộc này và khẳng định có quyền điều động quân đội trên lãnh thổ của mình.",
    "Giới quan sát nhận định kết quả của cả ba vòng đàm phán sẽ quyết định liệu căng thẳng giữa Nga và phương Tây có hạ nhiệt trong những tuần tới hay không.",
]
GENEVA_TITLE = "Đàm phán an ninh Nga - Hoa Kỳ tại Geneva kết thúc mà không có đột phá"
MY = [("Hoa Kỳ", "Mỹ")]

write("baotintuc-geneva-talks.txt", page(
    "baotintuc", GENEVA_TITLE, "11/01/2022 07:40 (GMT+07:00)", GENEVA, credit="Hồng Nhung (TTXVN)"))

# Tuổi Trẻ: lead tag, new title, Hoa Kỳ → Mỹ, credit line.
write("tuoitre-geneva-talks.txt", page(
    "tuoitre", "Nga - Mỹ đàm phán 8 tiếng ở Geneva, vẫn bất đồng về NATO", "11/01/2022 09:12 GMT+7",
    [swap(p, MY) for p in GENEVA], credit="Theo TTXVN", lead_tag="TTO - "))

# Dân trí: lead tag, new title, paragraphs 2-3 printed as one and 6 split, closing sentence cut,
# Hoa Kỳ → Mỹ.
paras = cut_last_sentence(split(merge([swap(p, MY) for p in GENEVA], 1), 4))
write("dantri-geneva-talks.txt", page(
    "dantri", "Nga tuyên bố không có kế hoạch tấn công Ukraine sau đàm phán với Mỹ",
    "Thứ ba, 11/01/2022 - 10:25", paras, credit="Minh Phương (Theo TTXVN)", lead_tag="(Dân trí) - "))

# Báo Nghệ An: "Theo TTXVN, " lead, same title, closing sentence cut, Vietnamplus credit, only
# the first "Hoa Kỳ" changed.
paras = cut_last_sentence(GENEVA)
paras[0] = "Theo TTXVN, v" + paras[0][1:]
paras[0] = paras[0].replace("Hoa Kỳ", "Mỹ", 1)
write("baonghean-geneva-talks.txt", page(
    "baonghean", GENEVA_TITLE, "11/01/2022 14:05", paras, credit="Theo Vietnamplus"))

# Báo Lào Cai: a brief - the first five paragraphs, new title.
write("baolaocai-geneva-brief.txt", page(
    "baolaocai", "Nga khẳng định không có kế hoạch tấn công Ukraine", "11/01/2022 16:40",
    GENEVA[:5], credit="PV (Theo TTXVN)"))

# A different TTXVN story (the OSCE meeting) that reuses two background paragraphs of the
# Geneva story: not a copy.
OSCE = [
    "Cuộc họp đặc biệt của Hội đồng thường trực Tổ chức An ninh và Hợp tác châu Âu (OSCE) ngày 13/1 tại Vienna (Áo) đã khép lại tuần đối thoại an ninh giữa Nga và phương Tây mà không mang lại kết quả cụ thể nào.",
    "Khai mạc cuộc họp, Ngoại trưởng Ba Lan Zbigniew Rau, Chủ tịch OSCE năm 2022, cảnh báo nguy cơ chiến tranh trong khu vực hiện lớn hơn bất cứ thời điểm nào trong ba thập kỷ qua. Ông kêu gọi các nước thành viên tìm kiếm giải pháp hòa bình cho cuộc xung đột ở miền Đông Ukraine, đồng thời đề xuất mở lại đối thoại về an ninh châu Âu trong khuôn khổ tổ chức.",
    "Đại sứ Nga tại OSCE Alexander Lukashevich cho rằng nếu phương Tây không đáp ứng những đề nghị của Moscow trong thời gian sớm nhất, Nga sẽ buộc phải có biện pháp để bảo vệ an ninh quốc gia. Trong khi đó, Đại sứ Mỹ Michael Carpenter nói với phóng viên rằng Washington phải chuẩn bị cho khả năng tình hình tiếp tục leo thang.",
    "Trước đó một ngày, phiên họp Hội đồng Nga - NATO tại Brussels kéo dài hơn bốn giờ cũng không thu hẹp được khoảng cách giữa hai bên. Phía Nga yêu cầu liên minh cam kết không kết nạp thêm thành viên, điều mà các nước NATO khẳng định không thể chấp nhận.",
    "Cuộc gặp tại Geneva là vòng đầu tiên trong chuỗi đối thoại an ninh giữa Nga và phương Tây trong tuần này. Phiên họp Hội đồng Nga - NATO diễn ra tại Brussels (Bỉ) ngày 12/1, tiếp theo là cuộc họp của Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1.",
    "Trước thềm đàm phán, Nga được cho là đã tập trung khoảng 100.000 binh sĩ gần biên giới với Ukraine, khiến phương Tây lo ngại về nguy cơ xung đột. Moscow nhiều lần bác bỏ cáo buộc này và khẳng định có quyền điều động quân đội trên lãnh thổ của mình.",
    "Ba Lan cho biết sẽ tiếp tục tham vấn các nước thành viên về khả năng tổ chức một vòng đối thoại mới trong khuôn khổ OSCE vào tháng tới, dù chưa ấn định thời gian cụ thể.",
]
write("vietnamplus-osce-vienna.txt", page(
    "vietnamplus", "OSCE khép lại tuần đối thoại an ninh Nga - phương Tây", "Thứ Sáu, 14/01/2022 06:30 (GMT+7)",
    OSCE + ["(TTXVN/Vietnam+)"]))

# ---------------------------------------------------------------------------------------------
# Story 2, VOV: NATO forces on standby, 24 January 2022.

NATO = [
    "NATO ngày 24/1 thông báo các nước thành viên đang đặt lực lượng trong tình trạng sẵn sàng và điều thêm tàu chiến, máy bay chiến đấu tới Đông Âu nhằm tăng cường khả năng răn đe trước việc Nga gia tăng hiện diện quân sự gần Ukraine.",
    "Theo thông cáo của NATO, Đan Mạch sẽ điều một tàu khu trục tới biển Baltic và triển khai 4 máy bay chiến đấu F-16 tới Litva. Tây Ban Nha đang gửi tàu chiến tham gia lực lượng hải quân của NATO và cân nhắc điều máy bay chiến đấu tới Bulgaria. Pháp bày tỏ sẵn sàng gửi quân tới Romania dưới sự chỉ huy của NATO, trong khi Hà Lan sẽ điều 2 máy bay F-35 tới Bulgaria từ tháng 4.",
    "Tổng thư ký NATO Jens Stoltenberg hoan nghênh việc các đồng minh đóng góp thêm lực lượng. “NATO sẽ tiếp tục thực hiện mọi biện pháp cần thiết để bảo vệ và phòng thủ tất cả các đồng minh, bao gồm cả việc tăng cường phần phía Đông của liên minh”, ông Stoltenberg nói.",
    "Cùng ngày, Lầu Năm Góc cho biết khoảng 8.500 binh sĩ Mỹ đã được đặt trong tình trạng báo động cao, sẵn sàng triển khai tới châu Âu nếu NATO kích hoạt Lực lượng phản ứng nhanh. Người phát ngôn Bộ Quốc phòng Mỹ John Kirby nhấn mạnh quyết định cuối cùng về việc triển khai chưa được đưa ra.",
    "Phản ứng trước thông tin trên, người phát ngôn Điện Kremlin Dmitry Peskov cáo buộc NATO và Mỹ đang làm gia tăng căng thẳng. Ông Peskov cho biết Nga đang theo dõi sát các động thái này với “sự lo ngại lớn” và sẽ có biện pháp bảo đảm an ninh của mình.",
    "Nga nhiều lần khẳng định không có ý định tấn công Ukraine, đồng thời yêu cầu phương Tây đưa ra bảo đảm an ninh ràng buộc về mặt pháp lý, trong đó có cam kết NATO không mở rộng về phía Đông. Mỹ và NATO dự kiến sẽ gửi phản hồi bằng văn bản cho Moscow trong tuần này.",
    "Cùng ngày, Liên minh châu Âu (EU) khẳng định sẽ không rút nhân viên ngoại giao khỏi Kiev, dù Mỹ và Anh đã quyết định rút một phần nhân viên sứ quán.",
]
NATO_TITLE = "NATO đặt lực lượng trong tình trạng sẵn sàng, điều thêm tàu chiến và máy bay tới Đông Âu"

write("vov-nato-standby.txt", page(
    "vov", NATO_TITLE, "Thứ Hai, 22:10, 24/01/2022", NATO,
    credit="Hồng Quân/VOV.VN (Theo Reuters, AFP)", lead_tag="VOV.VN - "))

# PLO: lead tag, new title, "Mỹ" → "Hoa Kỳ" twice, paragraph 2 split, credit.
paras = split(list(NATO), 1)
paras[4] = paras[4].replace("binh sĩ Mỹ", "binh sĩ Hoa Kỳ").replace("Bộ Quốc phòng Mỹ", "Bộ Quốc phòng Hoa Kỳ")
write("plo-nato-standby.txt", page(
    "plo", "NATO điều thêm chiến đấu cơ, tàu chiến tới Đông Âu", "25/01/2022 06:45 (GMT+07:00)",
    paras, credit="Theo VOV", lead_tag="(PLO)- "))

# Báo Quảng Ninh: same title, closing sentence cut, credit.
write("baoquangninh-nato-standby.txt", page(
    "baoquangninh", NATO_TITLE, "Thứ Ba, 25/01/2022 08:20  |  Lượt xem: 962",
    cut_last_sentence(NATO), credit="Theo VOV.VN"))

# Người Lao Động: lead tag, new title, the Pentagon paragraph moved up to second place,
# a caption of its own, credit.
paras = [NATO[0], NATO[3], NATO[1], NATO[2]] + NATO[4:]
write("nld-nato-standby.txt", page(
    "nld", "8.500 lính Mỹ trong tình trạng báo động cao, NATO tăng quân ở Đông Âu", "25-01-2022 - 07:02",
    paras, credit="Thu Hằng (Theo VOV, Reuters)", lead_tag="(NLĐO) - ",
    caption="Tàu khu trục của Hải quân Đan Mạch. Ảnh: Reuters", caption_at=3))

# Báo Bắc Giang: the heaviest edit - the lead rewritten, the list of deployments left out, a
# paragraph of its own added, "cho biết" → "cho hay" and "Mỹ" → "Hoa Kỳ" throughout.
paras = [
    "Trước những diễn biến căng thẳng tại khu vực biên giới Nga - Ukraine, ngày 24/1, NATO cho biết các nước thành viên đã đặt lực lượng trong tình trạng sẵn sàng, đồng thời điều thêm tàu chiến và máy bay chiến đấu tới Đông Âu để tăng cường khả năng răn đe.",
] + [swap(p, [("cho biết", "cho hay"), ("Mỹ", "Hoa Kỳ")]) for p in NATO[2:6]] + [
    "Theo giới phân tích, việc NATO tăng cường lực lượng ở sườn phía Đông cho thấy liên minh đang chuẩn bị cho những kịch bản xấu nhất, dù các nỗ lực ngoại giao vẫn đang được thúc đẩy.",
]
write("baobacgiang-nato-standby.txt", page(
    "baobacgiang", "NATO tăng cường lực lượng ở sườn phía Đông", "25/01/2022 | 10:30", paras,
    credit="Lan Anh (tổng hợp)"))

# ---------------------------------------------------------------------------------------------
# Story 3, Vietnam+ (TTXVN): the US written response of 26 January 2022.

REPLY = [
    "Ngày 26/1, Đại sứ Hoa Kỳ tại Nga John Sullivan đã trao cho Bộ Ngoại giao Nga văn bản phản hồi của Washington đối với các đề xuất về bảo đảm an ninh mà Moscow đưa ra hồi tháng 12/2021.",
    "Phát biểu tại cuộc họp báo ở Washington cùng ngày, Ngoại trưởng Hoa Kỳ Antony Blinken cho biết văn bản nêu rõ lập trường nguyên tắc của Hoa Kỳ, trong đó có cam kết bảo vệ chính sách mở cửa của NATO, đồng thời đưa ra “con đường ngoại giao nghiêm túc” nếu Nga lựa chọn.",
    "Theo ông Blinken, văn bản đề cập đến khả năng các bên cùng áp dụng biện pháp minh bạch về triển khai lực lượng ở Ukraine, biện pháp xây dựng lòng tin liên quan đến các cuộc tập trận ở châu Âu, cũng như kiểm soát vũ khí đối với tên lửa ở châu Âu. Ông cho biết Washington sẽ không công khai văn bản để tạo không gian cho ngoại giao.",
    "Cùng ngày, NATO cũng gửi phản hồi bằng văn bản tới Nga. Tổng thư ký NATO Jens Stoltenberg cho biết liên minh sẵn sàng lắng nghe lo ngại của Nga và đề xuất nối lại hoạt động của các văn phòng đại diện giữa NATO và Nga, song sẽ không thỏa hiệp về các nguyên tắc cốt lõi.",
    "Phản ứng trước động thái trên, Ngoại trưởng Nga Sergei Lavrov cho biết Moscow cần thời gian để nghiên cứu văn bản và Tổng thống Vladimir Putin sẽ quyết định các bước tiếp theo. Người phát ngôn Điện Kremlin Dmitry Peskov nói Nga sẽ “không vội vàng” đưa ra kết luận.",
    "Trước đó, Nga đã công bố dự thảo hiệp ước với Hoa Kỳ và dự thảo thỏa thuận với NATO, yêu cầu liên minh không kết nạp Ukraine và rút lực lượng về vị trí trước năm 1997. Phía Hoa Kỳ và NATO coi nhiều yêu cầu trong số này là không thể chấp nhận. Giới phân tích cho rằng phản hồi của Nga đối với các văn bản này sẽ là phép thử cho tiến trình ngoại giao trong thời gian tới.",
]
REPLY_TITLE = "Hoa Kỳ gửi văn bản phản hồi các đề xuất an ninh của Nga"

write("vietnamplus-us-reply.txt", page(
    "vietnamplus", REPLY_TITLE, "Thứ Năm, 27/01/2022 05:48 (GMT+7)", REPLY + ["(TTXVN/Vietnam+)"]))

# Thanh Niên: new title, Hoa Kỳ → Mỹ, a caption, credit.
write("thanhnien-us-reply.txt", page(
    "thanhnien", "Mỹ trao phản hồi cho Nga, không công khai nội dung", "27/1/2022 - 08:30 GMT+7",
    [swap(p, MY) for p in REPLY], credit="Theo TTXVN",
    caption="Ngoại trưởng Mỹ Antony Blinken phát biểu tại Washington ngày 26.1. ẢNH: REUTERS"))

# Báo Hải Phòng: same title, paragraph 3 split, closing sentence cut, credit.
write("baohaiphong-us-reply.txt", page(
    "baohaiphong", REPLY_TITLE, "27/01/2022 10:15", cut_last_sentence(split(REPLY, 2)),
    credit="Theo TTXVN"))

# Báo Tin tức: a new lead sentence opening ("Theo phóng viên TTXVN tại Washington, ...").
paras = list(REPLY)
paras[0] = "Theo phóng viên TTXVN tại Washington, chiều 26/1 (giờ địa phương), Đại sứ Hoa Kỳ tại Nga John Sullivan đã trao cho Bộ Ngoại giao Nga văn bản phản hồi của Washington đối với các đề xuất về bảo đảm an ninh mà Moscow đưa ra hồi tháng 12/2021."
write("baotintuc-us-reply.txt", page(
    "baotintuc", "Washington trao phản hồi bằng văn bản cho Moscow", "27/01/2022 06:20 (GMT+07:00)", paras,
    credit="Thanh Hương (TTXVN)"))

# ---------------------------------------------------------------------------------------------
# Story 4, Vietnam+ (TTXVN): oil above 90 USD, 26 January 2022.

OIL = [
    "Giá dầu thế giới trong phiên giao dịch ngày 26/1 tăng hơn 2% và lần đầu tiên kể từ năm 2014 vượt ngưỡng 90 USD/thùng, trong bối cảnh căng thẳng giữa Nga và phương Tây liên quan đến Ukraine làm dấy lên lo ngại về gián đoạn nguồn cung năng lượng.",
    "Kết thúc phiên, giá dầu Brent giao tháng 3/2022 tăng 1,76 USD (1,99%) lên 89,96 USD/thùng, sau khi có thời điểm chạm mức 90,47 USD/thùng. Giá dầu ngọt nhẹ Texas (WTI) giao cùng kỳ hạn tăng 1,75 USD (2,03%) lên 87,35 USD/thùng.",
    "Theo các nhà phân tích, thị trường đang lo ngại rằng một cuộc xung đột tại Đông Âu có thể ảnh hưởng đến nguồn cung dầu mỏ và khí đốt từ Nga, nước sản xuất dầu lớn thứ hai thế giới. Chuyên gia Phil Flynn của công ty Price Futures Group nhận định căng thẳng địa chính trị đang “đẩy giá dầu lên cao hơn mỗi ngày”.",
    "Bên cạnh đó, số liệu của Cơ quan Thông tin Năng lượng Hoa Kỳ (EIA) cho thấy dự trữ dầu thô của nước này tăng 2,4 triệu thùng trong tuần trước, thấp hơn dự báo, trong khi tồn kho tại trung tâm lưu trữ Cushing ở bang Oklahoma giảm xuống mức thấp nhất kể từ tháng 10/2018.",
    "Giới đầu tư cũng theo dõi sát cuộc họp chính sách của Cục Dự trữ Liên bang Hoa Kỳ (Fed). Fed cho biết nhiều khả năng sẽ sớm nâng lãi suất để kiềm chế lạm phát, yếu tố có thể làm giảm nhu cầu đối với các tài sản rủi ro như dầu mỏ.",
    "Nhiều ngân hàng đầu tư, trong đó có Goldman Sachs, dự báo giá dầu Brent có thể chạm mức 100 USD/thùng ngay trong năm nay.",
]

write("vietnamplus-oil-90.txt", page(
    "vietnamplus", "Giá dầu vọt lên mức cao nhất 7 năm do lo ngại căng thẳng Nga - Ukraine",
    "Thứ Năm, 27/01/2022 07:15 (GMT+7)", OIL + ["(TTXVN/Vietnam+)"]))

# CafeF: new title, Hoa Kỳ → Mỹ, credit.
write("cafef-oil-90.txt", page(
    "cafef", "Giá dầu vượt 90 USD/thùng lần đầu tiên kể từ 2014", "27-01-2022 - 08:05 AM | Tài chính quốc tế",
    [swap(p, MY) for p in OIL], credit="Theo TTXVN"))

# Báo Đầu tư: paragraphs 2 and 3 as one, closing sentence cut, credit.
write("baodautu-oil-90.txt", page(
    "baodautu", "Giá dầu vọt lên mức cao nhất 7 năm do lo ngại căng thẳng Nga - Ukraine", "27/01/2022 09:30",
    cut_last_sentence(merge(OIL, 1)), credit="Theo Vietnamplus"))

# ---------------------------------------------------------------------------------------------
# Story 5, VOV: the Macron-Putin call of 28 January 2022.

CALL = [
    "Tổng thống Pháp Emmanuel Macron và Tổng thống Nga Vladimir Putin ngày 28/1 đã có cuộc điện đàm kéo dài hơn một giờ, tập trung vào tình hình căng thẳng xung quanh Ukraine và các đề xuất bảo đảm an ninh của Nga.",
    "Theo thông báo của Điện Kremlin, Tổng thống Putin cho biết phản hồi của Mỹ và NATO không tính đến những lo ngại cơ bản của Nga, bao gồm việc ngăn chặn NATO mở rộng, không triển khai vũ khí tấn công gần biên giới Nga và đưa cơ sở hạ tầng quân sự của liên minh về vị trí năm 1997.",
    "Nhà lãnh đạo Nga nhấn mạnh phía Mỹ và NATO đã phớt lờ câu hỏi then chốt về cách thức thực hiện nguyên tắc an ninh không thể chia cắt, theo đó không quốc gia nào được tăng cường an ninh của mình bằng cái giá của các nước khác. Ông Putin cho biết Moscow sẽ nghiên cứu kỹ các văn bản phản hồi trước khi quyết định bước đi tiếp theo.",
    "Về phần mình, Điện Élysée cho biết Tổng thống Macron đã bày tỏ lo ngại và nhấn mạnh sự cần thiết của việc giảm leo thang. Hai nhà lãnh đạo nhất trí tiếp tục đối thoại, đặc biệt trong khuôn khổ Định dạng Normandy gồm Nga, Ukraine, Pháp và Đức.",
    "Theo một quan chức Pháp, ông Putin khẳng định không muốn leo thang căng thẳng và nói rằng Nga “không có ý định tấn công”. Hai bên cũng thảo luận về việc thực thi các thỏa thuận Minsk nhằm giải quyết xung đột ở miền Đông Ukraine.",
    "Trước đó, các cố vấn chính trị của bốn nước thuộc Định dạng Normandy đã có cuộc gặp tại Paris ngày 26/1 và nhất trí sẽ gặp lại tại Berlin sau hai tuần.",
]
CALL_TITLE = "Tổng thống Pháp và Tổng thống Nga điện đàm về tình hình Ukraine"

write("vov-macron-putin-call.txt", page(
    "vov", CALL_TITLE, "Thứ Sáu, 23:40, 28/01/2022", CALL,
    credit="Minh Hòa/VOV.VN (Theo Reuters, TASS)", lead_tag="VOV.VN - "))

# Báo Lào Cai: same title, "Mỹ" → "Hoa Kỳ" in one place, closing sentence cut, credit.
paras = cut_last_sentence(CALL)
paras[2] = paras[2].replace("phía Mỹ", "phía Hoa Kỳ")
write("baolaocai-macron-putin-call.txt", page(
    "baolaocai", CALL_TITLE, "29/01/2022 08:10", paras, credit="Theo VOV.VN"))

# Báo Thái Nguyên: a brief - the first three paragraphs, new title.
write("baothainguyen-macron-putin-brief.txt", page(
    "baothainguyen", "Ông Putin: Phản hồi của Mỹ và NATO chưa tính đến lo ngại của Nga", "29/01/2022 09:45",
    CALL[:3], credit="(Theo VOV)"))

# ---------------------------------------------------------------------------------------------
# Same event, own words (NOT copies): Stoltenberg's press conference after the NATO-Russia
# Council of 12 January 2022, written up by three outlets with the same quotations.

Q1 = "Có những khác biệt đáng kể giữa các đồng minh NATO và Nga về những vấn đề này. Những khác biệt của chúng tôi sẽ không dễ thu hẹp"
Q2 = "nguy cơ xung đột vũ trang ở châu Âu là có thật"
Q3 = "Chúng tôi sẽ không thỏa hiệp về các nguyên tắc cốt lõi, trong đó có quyền của mỗi quốc gia được tự lựa chọn con đường của mình"

VNEXPRESS = [
    "Tổng thư ký NATO Jens Stoltenberg hôm 12/1 cho biết liên minh và Nga vẫn bất đồng sâu sắc sau cuộc họp Hội đồng Nga - NATO kéo dài bốn giờ tại Brussels, Bỉ.",
    f"“{Q1}”, ông Stoltenberg nói trong cuộc họp báo sau phiên họp, cuộc gặp đầu tiên của hội đồng kể từ năm 2019.",
    "Phái đoàn Nga do Thứ trưởng Ngoại giao Alexander Grushko và Thứ trưởng Quốc phòng Alexander Fomin dẫn đầu. Phía NATO có đại diện của 30 nước thành viên, trong đó Mỹ cử Thứ trưởng Ngoại giao Wendy Sherman.",
    f"Người đứng đầu NATO cho biết các đồng minh sẵn sàng thảo luận về kiểm soát vũ khí, thông báo trước các cuộc tập trận và giảm rủi ro trên không, trên biển. Tuy nhiên, ông nhấn mạnh: “{Q3}”.",
    f"Ông Stoltenberg cảnh báo {Q2}, đồng thời kêu gọi Moscow giảm căng thẳng ở biên giới Ukraine. Theo ông, Nga không đồng ý cũng không bác bỏ đề xuất tổ chức thêm các cuộc gặp.",
    "Sau phiên họp, Thứ trưởng Grushko nói với báo giới Nga rằng việc NATO tiếp tục mở rộng là “lằn ranh đỏ” và Moscow sẽ đáp trả nếu liên minh triển khai thêm vũ khí gần biên giới.",
]
write("vnexpress-stoltenberg-council.txt", page(
    "vnexpress", "NATO và Nga 'khác biệt đáng kể' sau cuộc họp ở Brussels", "Thứ tư, 12/1/2022, 23:05 (GMT+7)",
    VNEXPRESS, credit="Thanh Tâm (Theo Reuters, AFP)"))
# The same page saved a second time, by another browser (CRLF line ends, a BOM).
write("vnexpress-stoltenberg-council (saved again).txt", FILES["vnexpress-stoltenberg-council.txt"][0],
      crlf=True, bom=True)

ZNEWS = [
    "Cuộc họp Hội đồng Nga - NATO đầu tiên sau hơn hai năm kết thúc hôm 12/1 mà không có bước tiến nào, khi hai bên tiếp tục bất đồng về việc mở rộng liên minh về phía đông.",
    f"Tại cuộc họp báo ở trụ sở NATO, Tổng thư ký Jens Stoltenberg thừa nhận: “{Q1}”. Ông cho biết các cuộc trao đổi diễn ra “nghiêm túc và thẳng thắn”.",
    f"Theo ông Stoltenberg, {Q2}. Ông nói NATO đề nghị Nga tổ chức một loạt cuộc gặp tiếp theo để bàn về an ninh châu Âu, nhưng phía Nga chưa sẵn sàng nhận lời.",
    f"Nhà lãnh đạo NATO nhiều lần nhắc lại lập trường của liên minh về việc kết nạp thành viên mới. “{Q3}”, ông khẳng định.",
    "Trong khi đó, Thứ trưởng Ngoại giao Nga Alexander Grushko cảnh báo nếu NATO tìm cách “kiềm chế” Nga, Moscow sẽ có biện pháp đối phó tương xứng. Ông cho rằng quan hệ giữa hai bên đang ở mức “cực kỳ nguy hiểm”.",
]
write("znews-stoltenberg-council.txt", page(
    "znews", "Tổng thư ký NATO: Nguy cơ xung đột ở châu Âu là có thật", "23:40 12/1/2022",
    ZNEWS, credit="Hoàng Linh"))

# Báo Quốc tế: a brief that is mostly the three quotations, in its own words around them.
BAOQUOCTE = [
    f"Ngày 12/1, phát biểu sau phiên họp Hội đồng Nga - NATO tại Brussels, Tổng thư ký Jens Stoltenberg nói: “{Q1}”.",
    f"Ông Stoltenberg cho rằng {Q2} và khẳng định: “{Q3}”.",
    "Đây là phiên họp đầu tiên của Hội đồng kể từ tháng 7/2019.",
]
write("baoquocte-stoltenberg-quotes.txt", page(
    "baoquocte", "Tổng thư ký NATO: Khác biệt với Nga sẽ không dễ thu hẹp", "12/01/2022 22:30", BAOQUOCTE,
    lead_tag="(Baoquocte.vn) - "))

THANHNIEN = [
    "Phiên họp Hội đồng Nga - NATO ngày 12.1 tại Brussels (Bỉ) khép lại với những khác biệt chưa được giải quyết, theo đánh giá của chính người đứng đầu NATO.",
    f"Phát biểu sau phiên họp, Tổng thư ký NATO Jens Stoltenberg thẳng thắn nói: “{Q1}”. Ông cũng thừa nhận {Q2}, trong bối cảnh Nga vẫn duy trì lực lượng lớn gần Ukraine.",
    "Theo Hãng tin Reuters, tại phiên họp, phía Nga đã trình bày lại các yêu cầu nêu trong dự thảo thỏa thuận an ninh công bố hồi tháng 12.2021, trong đó có việc NATO rút lực lượng khỏi các nước gia nhập liên minh sau năm 1997.",
    f"Ông Stoltenberg cho biết NATO sẵn sàng đối thoại về minh bạch quân sự và kiểm soát vũ khí, nhưng khẳng định “{Q3}”. Ông cũng bày tỏ hy vọng hai bên có thể sớm nhóm họp trở lại.",
    "Cùng ngày, Thứ trưởng Ngoại giao Mỹ Wendy Sherman cho biết Nga chưa đưa ra cam kết giảm leo thang nào và Washington sẽ tiếp tục tham vấn chặt chẽ với các đồng minh trước cuộc họp của OSCE tại Vienna.",
]
write("thanhnien-stoltenberg-council.txt", page(
    "thanhnien", "NATO thừa nhận khác biệt lớn với Nga sau phiên họp tại Brussels", "13/1/2022 - 06:10 GMT+7",
    THANHNIEN, credit="Văn Khoa"))

# ---------------------------------------------------------------------------------------------
# Same event, own words (NOT copies): Lavrov and Blinken in Geneva, 21 January 2022.

B1 = "Chúng tôi không kỳ vọng sẽ giải quyết được những khác biệt của mình ngay hôm nay, nhưng tôi nghĩ chúng tôi đang đi đúng hướng để hiểu quan điểm của nhau"
L1 = "Tôi không thể nói liệu chúng tôi có đang đi đúng hướng hay không. Chúng tôi sẽ hiểu điều đó khi nhận được phản hồi bằng văn bản"

DANTRI = [
    "Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ Antony Blinken ngày 21/1 đã gặp nhau tại Geneva, Thụy Sĩ, trong nỗ lực tháo ngòi căng thẳng liên quan đến Ukraine.",
    f"Sau cuộc gặp kéo dài khoảng 90 phút, ông Blinken nói với báo giới: “{B1}”. Ngoại trưởng Mỹ cho biết Washington sẽ gửi cho Moscow ý kiến bằng văn bản vào tuần tới.",
    f"Trong khi đó, Ngoại trưởng Lavrov đánh giá cuộc gặp mang tính xây dựng nhưng chưa thể đưa ra kết luận. “{L1}”, ông Lavrov nói.",
    "Ông Lavrov một lần nữa bác bỏ cáo buộc Nga chuẩn bị tấn công Ukraine, gọi những cảnh báo của phương Tây là “sự cuồng loạn”. Theo ông, Moscow chưa bao giờ đe dọa người dân Ukraine.",
    "Cuộc gặp ở Geneva diễn ra sau chuyến công du của ông Blinken tới Kiev và Berlin, nơi ông tham vấn với các đồng minh châu Âu về phản ứng chung của phương Tây.",
]
write("dantri-lavrov-blinken.txt", page(
    "dantri", "Ngoại trưởng Nga - Mỹ gặp nhau ở Geneva: Chưa có đột phá", "Thứ sáu, 21/01/2022 - 22:40",
    DANTRI, credit="Thành Đạt (Theo Reuters)", lead_tag="(Dân trí) - "))

VTC = [
    "Cuộc gặp được chờ đợi giữa hai nhà ngoại giao hàng đầu của Nga và Mỹ tại một khách sạn ở Geneva hôm 21/1 kết thúc sớm hơn dự kiến, với cam kết duy trì kênh đối thoại.",
    f"Ngoại trưởng Mỹ Antony Blinken gọi cuộc trao đổi là “thẳng thắn và thực chất”. “{B1}”, ông nói tại cuộc họp báo sau đó.",
    "Ông Blinken cũng cảnh báo bất kỳ lực lượng Nga nào vượt qua biên giới Ukraine sẽ bị coi là hành động xâm lược và phải đối mặt với phản ứng “nhanh chóng, nghiêm khắc và đoàn kết” từ Mỹ và các đồng minh.",
    f"Phía Nga, Ngoại trưởng Sergei Lavrov thận trọng hơn khi được hỏi về triển vọng của tiến trình ngoại giao. “{L1}”, ông nhấn mạnh, cho biết hai bên có thể sẽ gặp lại sau khi Moscow nghiên cứu văn bản của Washington.",
    "Theo giới quan sát, việc hai bên đồng ý tiếp tục trao đổi cho thấy cánh cửa ngoại giao vẫn chưa đóng lại, dù khoảng cách lập trường còn rất lớn.",
]
write("vtcnews-lavrov-blinken.txt", page(
    "vtcnews", "Ngoại trưởng Blinken: Nga - Mỹ 'đi đúng hướng để hiểu nhau'", "22:55 | 21/01/2022",
    VTC, credit="Minh Anh (Nguồn: AP, TASS)", lead_tag="(VTC News) - "))

TIENPHONG = [
    "Hai ngoại trưởng Nga và Mỹ đã không đạt được đột phá nào trong cuộc gặp tại Geneva (Thụy Sĩ) ngày 21/1, nhưng nhất trí tiếp tục con đường ngoại giao để tránh một cuộc xung đột ở Ukraine.",
    f"Ông Lavrov cho biết Nga chờ đợi các câu trả lời cụ thể của Mỹ đối với dự thảo thỏa thuận an ninh mà Moscow đề xuất. “{L1}”, Ngoại trưởng Nga phát biểu.",
    f"Về phần mình, ông Blinken khẳng định: “{B1}”. Ông cũng cho biết có thể sắp xếp một cuộc gặp thượng đỉnh giữa Tổng thống Joe Biden và Tổng thống Vladimir Putin nếu điều đó hữu ích.",
    "Trước cuộc gặp, Mỹ đã công bố gói viện trợ quân sự mới cho Ukraine, còn Nga tiếp tục đưa quân tới Belarus để tham gia các cuộc tập trận chung dự kiến diễn ra vào tháng 2.",
]
write("tienphong-lavrov-blinken.txt", page(
    "tienphong", "Gặp ở Geneva, ngoại trưởng Nga - Mỹ nhất trí tiếp tục đối thoại", "Cập nhật: 22:15, 21/01/2022",
    TIENPHONG, credit="Như Bình", lead_tag="TPO - "))

# ---------------------------------------------------------------------------------------------

for name, (text, crlf, bom) in sorted(FILES.items()):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
print(f"wrote {len(FILES)} files to {os.path.normpath(OUT)}")
