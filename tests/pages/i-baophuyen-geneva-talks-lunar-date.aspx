<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Đàm phán Nga - Mỹ tại Geneva kết thúc không có đột phá | Báo Phú Yên
</title>
<meta name="description" content="Cuộc đàm phán an ninh chiến lược giữa Nga và Mỹ tại Geneva (Thụy Sĩ) ngày 10/1 kết thúc sau gần 8 giờ mà không đạt được bước đột phá nào." />
<meta name="keywords" content="Nga, Mỹ, Geneva, đàm phán, NATO, Ukraine" />
<link rel="canonical" href="https://baophuyen.vn/quoc-te/268741/dam-phan-nga-my-tai-geneva-ket-thuc-khong-co-dot-pha.html" />
<meta property="og:site_name" content="Báo Phú Yên" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Đàm phán Nga - Mỹ tại Geneva kết thúc không có đột phá" />
<meta property="og:url" content="https://baophuyen.vn/quoc-te/268741/dam-phan-nga-my-tai-geneva-ket-thuc-khong-co-dot-pha.html" />
<meta property="og:image" content="https://baophuyen.vn/Upload/News/2022/1/11/geneva-ryabkov-sherman.jpg" />
<meta property="article:published_time" content="2022-01-11T15:20:00+07:00" />
<meta property="fb:app_id" content="362748210953627" />
<link href="/App_Themes/Default/css/style.css?v=3" rel="stylesheet" type="text/css" />
<style type="text/css">
body{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;font-size:14px;background:#fff}
#top-date{color:#fff;font-size:12px;padding:4px 10px;background:#0b5394}
#top-date .amlich{color:#ffe599}
.news-title{font-size:24px;color:#0b5394;font-weight:bold;margin:10px 0}
.news-date{color:#888;font-size:12px}
.news-sapo{font-weight:bold;margin:10px 0}
.news-content p{text-align:justify;line-height:1.6}
.img-caption{font-style:italic;text-align:center;font-size:12px;color:#555}
@media screen and (max-width:640px){#main-menu{display:none}}
</style>
<script type="text/javascript">
var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-3346271-1']);_gaq.push(['_trackPageview']);
(function(){var ga=document.createElement('script');ga.async=true;ga.src='https://ssl.google-analytics.com/ga.js';document.getElementsByTagName('head')[0].appendChild(ga);})();
</script>
</head>
<body>
<form method="post" action="./dam-phan-nga-my-tai-geneva-ket-thuc-khong-co-dot-pha.html" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZmJ4c2hvd3RvcGRhdGU=" />
</div>
<div id="top-date"><span>Thứ Hai, 17/01/2022</span> <span class="amlich">(15/12 âm lịch - năm Tân Sửu)</span> &nbsp;|&nbsp; <a href="/lien-he.html">Liên hệ</a> &nbsp;|&nbsp; <a href="/rss.html">RSS</a> &nbsp;|&nbsp; <a href="/baoin.html">Báo in</a></div>
<div id="banner"><a href="/"><img src="/App_Themes/Default/images/logo-baophuyen.png" alt="Báo Phú Yên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Yên" /></a></div>
<div id="main-menu">
<a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/kinh-te">Kinh tế</a> <a href="/xa-hoi">Xã hội</a> <a href="/quoc-phong-an-ninh">Quốc phòng - An ninh</a> <a href="/van-hoa-van-nghe">Văn hóa - Văn nghệ</a> <a href="/the-thao">Thể thao</a> <a href="/quoc-te">Quốc tế</a> <a href="/phu-yen-dat-va-nguoi">Phú Yên đất và người</a> <a href="/ban-doc">Bạn đọc</a> <a href="/phong-su-anh">Phóng sự ảnh</a> <a href="/video">Video</a> <a href="/baoxuan">Báo Xuân Nhâm Dần 2022</a>
</div>
<div id="lichcatnuoc"><b>Lịch cắt điện:</b> <a href="/lich-cat-dien/268700.html">Lịch cắt điện tuần từ 17/1 đến 23/1/2022 tại Phú Yên</a></div>
<div class="path"><a href="/">Trang chủ</a> » <a href="/quoc-te">Quốc tế</a></div>
<div id="news-detail">
<span class="news-date">Thứ Ba, 11/01/2022 (09/12 âm lịch) 15:20 GMT+7</span>
<h1 class="news-title">Đàm phán Nga - Mỹ tại Geneva kết thúc không có đột phá</h1>
<div class="news-sapo">Cuộc đàm phán an ninh chiến lược giữa Nga và Mỹ tại Geneva (Thụy Sĩ) ngày 10/1 kết thúc sau gần 8 giờ mà không đạt được bước đột phá nào, song hai bên nhất trí sẽ tiếp tục đối thoại.</div>
<div class="news-content">
<p>Phát biểu với báo chí sau cuộc gặp, Thứ trưởng Ngoại giao Nga Sergei Ryabkov cho biết cuộc trao đổi diễn ra &quot;khó khăn, kéo dài nhưng rất chuyên nghiệp&quot;. Theo ông, phía Nga đã trình bày cặn kẽ các đề xuất về bảo đảm an ninh mà Moskva gửi tới Washington từ tháng 12/2021.</p>
<p>Ông Ryabkov nhấn mạnh Nga không có kế hoạch tấn công Ukraine, đồng thời khẳng định việc bảo đảm Ukraine không trở thành thành viên NATO là vấn đề cốt lõi đối với Moskva.</p>
<table class="image" align="center" width="100%"><tbody>
<tr><td><img src="https://baophuyen.vn/Upload/News/2022/1/11/geneva-ryabkov-sherman.jpg" alt="" width="600" /></td></tr>
<tr><td class="img-caption">Phái đoàn Nga và Mỹ tại bàn đàm phán ở Geneva ngày 10/1. Ảnh: TASS</td></tr>
</tbody></table>
<p>Về phía Mỹ, Thứ trưởng Ngoại giao Wendy Sherman cho biết Washington đã bác bỏ những đề xuất mà bà gọi là &quot;không thể chấp nhận&quot;, trong đó có yêu cầu NATO đóng cửa với các thành viên mới. Bà Sherman cũng nói Mỹ sẵn sàng thảo luận về việc hạn chế triển khai tên lửa và quy mô các cuộc tập trận.</p>
<p>Theo bà Sherman, tiến triển thực chất chỉ có thể đạt được trong bầu không khí giảm leo thang, và Mỹ sẽ tham vấn chặt chẽ với các đồng minh trước khi đưa ra bất kỳ cam kết nào.</p>
<p>Cuộc gặp ở Geneva là vòng đầu tiên trong chuỗi ba cuộc đàm phán trong tuần. Ngày 12/1, Hội đồng NATO - Nga sẽ nhóm họp tại Brussels (Bỉ), tiếp đó là phiên họp của Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1.</p>
<p>Người phát ngôn Điện Kremlin Dmitry Peskov trước đó cho biết Nga sẽ đánh giá kết quả của cả ba vòng đàm phán rồi mới quyết định các bước đi tiếp theo.</p>
<p>Giới phân tích nhận định, việc hai bên vẫn giữ kênh đối thoại mở là tín hiệu tích cực, dù khoảng cách lập trường về mở rộng NATO còn rất lớn.</p>
<p style="text-align:right"><b>Hải Đăng</b> (tổng hợp)</p>
</div>
<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="/gui-email.aspx?id=268741">Gửi email</a> | <a href="#" class="fb-share">Chia sẻ Facebook</a></div>
<div class="news-other">
<h3>Các tin khác</h3>
<ul>
<li><a href="/quoc-te/268690/kazakhstan-dan-dan-on-dinh.html">Kazakhstan dần ổn định sau bạo loạn</a> <span>(10/01/2022)</span></li>
<li><a href="/quoc-te/268655/trieu-tien-thu-ten-lua.html">Triều Tiên thông báo thử thành công tên lửa siêu vượt âm</a> <span>(06/01/2022)</span></li>
<li><a href="/quoc-te/268610/nga-my-chuan-bi-dam-phan.html">Nga, Mỹ chuẩn bị cho vòng đàm phán an ninh tại Geneva</a> <span>(04/01/2022)</span></li>
</ul>
</div>
</div>
<div id="footer">
<p>BÁO PHÚ YÊN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Yên</p>
<p>Giấy phép số 246/GP-BTTTT. Tổng Biên tập: Phạm Văn Hòa. Địa chỉ: 62 Lê Duẩn, TP Tuy Hòa, Phú Yên. Điện thoại: (0257) 3823 216</p>
<p>Ghi rõ nguồn &quot;Báo Phú Yên&quot; khi phát hành lại thông tin từ website này.</p>
</div>
</form>
</body>
</html>
