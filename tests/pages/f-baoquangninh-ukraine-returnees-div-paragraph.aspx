<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Những công dân Quảng Ninh đầu tiên từ Ukraine về đến quê nhà - Báo Quảng Ninh điện tử</title>
<meta name="description" content="Chiều 9/3, 12 công dân quê Quảng Ninh nằm trong số những người Việt Nam được sơ tán khỏi Ukraine đã về tới tỉnh, kết thúc hành trình hơn hai tuần vượt qua khói lửa chiến sự." />
<meta name="keywords" content="Quảng Ninh, Ukraine, sơ tán, công dân, Sở Ngoại vụ" />
<meta name="robots" content="index,follow" />
<meta name="author" content="Báo Quảng Ninh" />
<meta name="copyright" content="Báo Quảng Ninh" />
<meta property="fb:app_id" content="437106946483745" />
<meta property="og:site_name" content="Báo Quảng Ninh điện tử" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Những công dân Quảng Ninh đầu tiên từ Ukraine về đến quê nhà" />
<meta property="og:description" content="Chiều 9/3, 12 công dân quê Quảng Ninh nằm trong số những người Việt Nam được sơ tán khỏi Ukraine đã về tới tỉnh, kết thúc hành trình hơn hai tuần vượt qua khói lửa chiến sự." />
<meta property="og:url" content="https://www.baoquangninh.vn/nhung-cong-dan-quang-ninh-dau-tien-tu-ukraine-ve-den-que-nha-3178452.html" />
<meta property="og:image" content="https://media.baoquangninh.vn/upload/image/202203/medium/1926455_trao-qua-cong-dan-ukraine.jpg" />
<meta property="article:published_time" content="2022-03-09T16:45:00+07:00" />
<meta property="article:section" content="Xã hội" />
<meta name="twitter:card" content="summary" />
<meta itemprop="datePublished" content="2022-03-09T16:45:00+07:00" />
<link rel="canonical" href="https://www.baoquangninh.vn/nhung-cong-dan-quang-ninh-dau-tien-tu-ukraine-ve-den-que-nha-3178452.html" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.baoquangninh.vn/nhung-cong-dan-quang-ninh-dau-tien-tu-ukraine-ve-den-que-nha-3178452.html" />
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<link type="text/css" rel="stylesheet" href="/css/style.css?v=20220301" />
<style type="text/css">
body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:16px;color:#222;background:#fff}
a{color:inherit;text-decoration:none}a:hover{color:#00559f}
.container{max-width:1160px;margin:0 auto;padding:0 15px}
.mega-menu .menu-lv1{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;background:#00559f}
.mega-menu .menu-lv1>li>a{display:block;padding:10px 12px;color:#fff;font-weight:700;text-transform:uppercase;font-size:13px}
.mega-menu .menu-lv2{display:none;position:absolute;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.15)}
.mega-menu li:hover>.menu-lv2{display:block}
h1{font-size:30px;line-height:1.3;margin:10px 0}
figure{margin:15px 0}figure img{max-width:100%;height:auto}
figcaption{font-size:14px;color:#555;font-style:italic;padding:6px 0}
@media (max-width:767px){h1{font-size:22px}.sidebar{display:none}.mega-menu .menu-lv1{display:none}}

.paragraph{font-size:17px;line-height:1.65;text-align:justify;margin-bottom:12px}
.title-sub{font-size:17px;margin:18px 0 10px;color:#00559f}
table.picture{margin:12px auto} td.caption p{font-size:14px;font-style:italic;color:#666;text-align:center;margin:4px 0}
.box-tinmoi li .time{color:#c00;font-size:12px;margin-right:6px}
</style>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-18932577-1']);
_gaq.push(['_trackPageview']);
(function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</script>
<script type="text/javascript">var articleId = 3178452; var zoneId = 12; var pageType = "detail";</script>
</head>
<body>
<div id="wrapper">
<div class="header">
 <div class="container"><a href="/" class="logo"><img src="/images/logo-bqn.png" alt="Báo Quảng Ninh điện tử" /></a>
 <div class="weather">Hạ Long <span>19°C</span></div><div class="date-today">Thứ Tư, ngày 09/03/2022</div>
 <div class="links-top"><a href="https://qtv.baoquangninh.vn">QTV</a> | <a href="/bao-in">Báo in</a> | <a href="/english">English</a> | <a href="/rss">RSS</a></div></div>
<nav class="mega-menu"><ul class="menu-lv1">
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/chinh-tri">Chính trị</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/chinh-tri/th-i-s-">Thời sự</a></li>
<li><a href="https://www.baoquangninh.vn/chinh-tri/x-y-d-ng-ng">Xây dựng Đảng</a></li>
<li><a href="https://www.baoquangninh.vn/chinh-tri/ch-nh-quy-n">Chính quyền</a></li>
<li><a href="https://www.baoquangninh.vn/chinh-tri/m-t-tr-n-o-n-th-">Mặt trận - Đoàn thể</a></li>
<li><a href="https://www.baoquangninh.vn/chinh-tri/qu-c-ph-ng-an-ninh">Quốc phòng - An ninh</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/kinh-te">Kinh tế</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/kinh-te/-u-t-">Đầu tư</a></li>
<li><a href="https://www.baoquangninh.vn/kinh-te/doanh-nghi-p">Doanh nghiệp</a></li>
<li><a href="https://www.baoquangninh.vn/kinh-te/n-ng-nghi-p-n-ng-th-n">Nông nghiệp - Nông thôn</a></li>
<li><a href="https://www.baoquangninh.vn/kinh-te/than-i-n">Than - Điện</a></li>
<li><a href="https://www.baoquangninh.vn/kinh-te/du-l-ch">Du lịch</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/xa-hoi">Xã hội</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/xa-hoi/y-t-">Y tế</a></li>
<li><a href="https://www.baoquangninh.vn/xa-hoi/gi-o-d-c">Giáo dục</a></li>
<li><a href="https://www.baoquangninh.vn/xa-hoi/lao-ng-vi-c-l-m">Lao động - Việc làm</a></li>
<li><a href="https://www.baoquangninh.vn/xa-hoi/ch-nh-s-ch-x-h-i">Chính sách xã hội</a></li>
<li><a href="https://www.baoquangninh.vn/xa-hoi/m-i-tr-ng">Môi trường</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/van-hoa">Văn hóa</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/van-hoa/di-s-n">Di sản</a></li>
<li><a href="https://www.baoquangninh.vn/van-hoa/v-n-h-c-ngh-thu-t">Văn học nghệ thuật</a></li>
<li><a href="https://www.baoquangninh.vn/van-hoa/l-h-i">Lễ hội</a></li>
<li><a href="https://www.baoquangninh.vn/van-hoa/-i-s-ng">Đời sống</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/the-thao">Thể thao</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/the-thao/than-qu-ng-ninh">Than Quảng Ninh</a></li>
<li><a href="https://www.baoquangninh.vn/the-thao/th-thao-phong-tr-o">Thể thao phong trào</a></li>
<li><a href="https://www.baoquangninh.vn/the-thao/b-ng-qu-c-t-">Bóng đá quốc tế</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/phap-luat">Pháp luật</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/phap-luat/an-ninh-tr-t-t-">An ninh trật tự</a></li>
<li><a href="https://www.baoquangninh.vn/phap-luat/b-n-c">Bạn đọc</a></li>
<li><a href="https://www.baoquangninh.vn/phap-luat/t-v-n-ph-p-lu-t">Tư vấn pháp luật</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/quoc-te">Quốc tế</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/quoc-te/th-gi-i">Thế giới</a></li>
<li><a href="https://www.baoquangninh.vn/quoc-te/h-p-t-c-qu-c-t-">Hợp tác quốc tế</a></li>
<li><a href="https://www.baoquangninh.vn/quoc-te/ng-i-qu-ng-ninh-n-c-ngo-i">Người Quảng Ninh ở nước ngoài</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh">Khám phá Quảng Ninh</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/h-long">Hạ Long</a></li>
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/v-n-n">Vân Đồn</a></li>
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/c-t-">Cô Tô</a></li>
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/m-ng-c-i">Móng Cái</a></li>
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/u-ng-b-">Uông Bí</a></li>
<li><a href="https://www.baoquangninh.vn/kham-pha-quang-ninh/-ng-tri-u">Đông Triều</a></li>
</ul></li>
<li class="menu-item has-sub"><a href="https://www.baoquangninh.vn/multimedia">Multimedia</a><ul class="menu-lv2">
<li><a href="https://www.baoquangninh.vn/multimedia/video">Video</a></li>
<li><a href="https://www.baoquangninh.vn/multimedia/-nh">Ảnh</a></li>
<li><a href="https://www.baoquangninh.vn/multimedia/infographic">Infographic</a></li>
<li><a href="https://www.baoquangninh.vn/multimedia/megastory">Megastory</a></li>
</ul></li>
</ul></nav>
</div>
<div class="container">
<div class="breadcrumbs"><a href="/">Trang chủ</a> &raquo; <a href="/xa-hoi">Xã hội</a> &raquo; <a href="/xa-hoi/chinh-sach-xa-hoi">Chính sách xã hội</a></div>
<div class="col-left">
<div class="detail-news">
<H1 class="title-detail">Những công dân Quảng Ninh đầu tiên từ Ukraine về đến quê nhà</H1>
<div class="info-detail"><span class="author">Hoàng Quỳnh</span> <span class="date">Thứ Tư, 09/03/2022 16:45</span> <span class="view">Lượt xem: 1.204</span></div>
<div class="share-top"><div class="fb-like" data-href="https://www.baoquangninh.vn/nhung-cong-dan-quang-ninh-dau-tien-tu-ukraine-ve-den-que-nha-3178452.html" data-layout="button_count" data-action="like" data-share="true"></div><a class="zalo-share-button" data-href="https://www.baoquangninh.vn/nhung-cong-dan-quang-ninh-dau-tien-tu-ukraine-ve-den-que-nha-3178452.html">Zalo</a></div>
<div class="content-detail" id="contentdetail">
<div class="paragraph"><b>Chiều 9/3, 12 công dân quê Quảng Ninh nằm trong số những người Việt Nam được sơ tán khỏi Ukraine đã về tới tỉnh, kết thúc hành trình hơn hai tuần vượt qua khói lửa chiến sự.</b></div>
<div class="paragraph">Chuyến bay của Hãng hàng không Vietnam Airlines chở gần 290 công dân từ Romania đã hạ cánh xuống Sân bay quốc tế Nội Bài vào sáng cùng ngày. Đây là một trong những chuyến bay nằm trong kế hoạch sơ tán, bảo hộ công dân Việt Nam tại Ukraine do Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành triển khai.</div>
<div class="paragraph">Ngay sau khi hoàn tất thủ tục nhập cảnh và xét nghiệm, các công dân Quảng Ninh được xe của Sở Ngoại vụ đón về TP Hạ Long. Tại đây, đại diện lãnh đạo UBND tỉnh đã thăm hỏi, tặng quà và động viên bà con sớm ổn định cuộc sống.</div>
<p class="title-sub"><b>Những ngày không thể quên</b></p>
<div class="paragraph">Chị Nguyễn Thị Hoa, quê phường Cẩm Thủy, TP Cẩm Phả, đã sinh sống và buôn bán tại thành phố Kharkiv gần 15 năm. Chị kể, rạng sáng 24/2, cả gia đình bị đánh thức bởi những tiếng nổ lớn. Suốt nhiều ngày sau đó, mọi người phải trú ẩn dưới tầng hầm cùng hàng trăm người Việt khác.</div>
<div class="paragraph">“Lúc rời Kharkiv, tôi chỉ kịp mang theo hộ chiếu và một ít đồ ăn. Tàu chật kín người, chúng tôi đứng suốt gần 20 tiếng mới tới được miền Tây Ukraine”, chị Hoa nghẹn ngào nhớ lại.</div>
<table class="picture" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td class="pic"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://media.baoquangninh.vn/upload/image/202203/medium/1926455_trao-qua-cong-dan-ukraine.jpg" alt="Trao quà công dân từ Ukraine trở về" width="700"></td></tr><tr><td class="caption"><p>Đại diện lãnh đạo tỉnh tặng quà, động viên các công dân Quảng Ninh trở về từ Ukraine. Ảnh: Hoàng Quỳnh</p></td></tr></tbody></table>
<div class="paragraph">Anh Phạm Văn Tuấn, quê thị xã Đông Triều, cho biết nhờ sự hỗ trợ của Đại sứ quán Việt Nam tại Romania và cộng đồng người Việt, việc vượt biên giới qua cửa khẩu Siret diễn ra thuận lợi hơn so với dự kiến. Tại Romania, bà con được bố trí chỗ ăn nghỉ chu đáo trong khi chờ chuyến bay về nước.</div>
<p class="title-sub"><b>Tiếp tục rà soát, hỗ trợ công dân</b></p>
<div class="paragraph">Theo Sở Ngoại vụ, đến ngày 9/3, tỉnh đã nắm được thông tin của 47 công dân Quảng Ninh đang sinh sống, học tập và làm việc tại Ukraine. Trong số này, 31 người đã sơ tán an toàn sang các nước láng giềng, số còn lại vẫn đang ở các khu vực tương đối ổn định ở miền Tây Ukraine.</div>
<div class="paragraph">Sở Ngoại vụ đề nghị các gia đình có người thân tại Ukraine chủ động cung cấp thông tin qua đường dây nóng của sở để được hướng dẫn, hỗ trợ kịp thời. Những công dân trở về địa phương sẽ được tạo điều kiện tìm kiếm việc làm và tiếp cận các chính sách an sinh xã hội.</div>
<div class="paragraph">Trước đó, ngày 3/3, người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Việt Nam sẽ tiếp tục tổ chức các chuyến bay đưa công dân về nước, đồng thời đề nghị các bên liên quan bảo đảm an toàn cho người dân, trong đó có cộng đồng người Việt Nam tại Ukraine.</div>
<div class="box-lienquan"><div class="title">Tin liên quan</div><ul>
<li><a href="/quang-ninh-ra-soat-thong-tin-cong-dan-tai-ukraine-3176910.html">Quảng Ninh rà soát thông tin công dân đang ở Ukraine</a></li>
<li><a href="/chuyen-bay-dau-tien-dua-cong-dan-tu-ukraine-ve-nuoc-3177802.html">Chuyến bay đầu tiên đưa công dân từ Ukraine về nước hạ cánh tại Nội Bài</a></li>
</ul></div>
</div>
<div class="tags"><b>Từ khóa:</b> <a href="/tag/ukraine">Ukraine</a>, <a href="/tag/so-tan-cong-dan">sơ tán công dân</a>, <a href="/tag/so-ngoai-vu">Sở Ngoại vụ</a></div>
<div class="tool-bottom"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject=Những công dân Quảng Ninh đầu tiên từ Ukraine về đến quê nhà">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="comment-box"><h3>Gửi bình luận</h3><form><input name="name" placeholder="Họ tên" /><input name="email" placeholder="Email" /><textarea name="content" placeholder="Nội dung bình luận"></textarea><input type="submit" value="Gửi" /></form></div>
<div class="box-cungchuyenmuc"><h3>Các tin khác</h3><ul>
<li><a href="/3178301.html">Hỗ trợ người lao động mất việc do dịch COVID-19</a></li>
<li><a href="/3178255.html">Cẩm Phả trao sổ tiết kiệm cho học sinh có hoàn cảnh khó khăn</a></li>
<li><a href="/3178190.html">Tiếp nhận hơn 2.000 suất quà cho hộ nghèo vùng cao Bình Liêu</a></li>
</ul></div>
</div></div>
<div class="col-right sidebar">
<div class="box-tinmoi"><h3>Tin mới</h3><ul>
<li><span class="time">16:20</span><a href="#">Hạ Long: Ra quân thu gom rác thải trên vịnh</a></li><li><span class="time">15:58</span><a href="#">Móng Cái đẩy nhanh thông quan hàng hóa qua cửa khẩu</a></li><li><span class="time">15:31</span><a href="#">Quảng Ninh ghi nhận thêm 1.846 ca mắc COVID-19</a></li><li><span class="time">14:47</span><a href="#">Khởi công dự án nâng cấp đường tỉnh 342</a></li>
</ul></div>
<div class="box-ads"><img src="/ads/banner-ha-long-2022.gif" alt="Quảng Ninh - Điểm đến an toàn" /></div>
</div>
</div>
<div class="footer"><div class="container">
<p><b>BÁO QUẢNG NINH ĐIỆN TỬ</b> - Cơ quan của Đảng bộ tỉnh Quảng Ninh</p>
<p>Giấy phép số 253/GP-BTTTT ngày 15/6/2020. Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, Quảng Ninh.</p>
<p>Điện thoại: 0203.3835.187 - Email: baoquangninh@gmail.com</p>
<p>Ghi rõ nguồn &quot;Báo Quảng Ninh&quot; khi phát hành lại thông tin từ website này.</p>
</div></div>
</div>
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">$(function(){ $('img.lazy').each(function(){ $(this).attr('src', $(this).data('src')); }); });</script>
</body>
</html>
