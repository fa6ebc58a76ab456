<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Vòng đàm phán tại OSCE khép lại tuần ngoại giao căng thẳng giữa Nga và phương Tây | Báo Bình Định điện tử</title>
<meta name="description" content="Cuộc họp của Hội đồng thường trực Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1 đã kết thúc mà không đạt được bước tiến nào, khép lại chuỗi ba cuộc đàm phán an ninh giữa Nga với Mỹ và các đồng minh phương Tây trong tuần." />
<meta name="keywords" content="OSCE, Vienna, Nga, phương Tây, đàm phán an ninh, Ukraine" />
<meta name="robots" content="index,follow" />
<meta name="author" content="Báo Bình Định" />
<meta name="copyright" content="Báo Bình Định" />
<meta property="og:site_name" content="Báo Bình Định điện tử" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Vòng đàm phán tại OSCE khép lại tuần ngoại giao căng thẳng giữa Nga và phương Tây" />
<meta property="og:description" content="Cuộc họp của Hội đồng thường trực Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1 đã kết thúc mà không đạt được bước tiến nào, khép lại chuỗi ba cuộc đàm phán an ninh giữa Nga với Mỹ và các đồng minh phương Tây trong tuần." />
<meta property="og:url" content="https://baobinhdinh.vn/viewer.php?macm=12&amp;macmp=12&amp;mabb=241837" />
<meta property="og:image" content="https://baobinhdinh.vn/Uploaded/Members/12/2022_01/osce-vienna-1301.jpg" />
<meta property="fb:app_id" content="302684113594742" />
<meta name="twitter:card" content="summary" />
<link rel="canonical" href="https://baobinhdinh.vn/viewer.php?macm=12&amp;macmp=12&amp;mabb=241837" />
<link rel="shortcut icon" href="../favicon.ico" />
<link href="../css/style.css%3Fv=20211130.css" rel="stylesheet" type="text/css" />
<link href="../css/menu.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.tieude{background:#f4f4f4;text-overflow:ellipsis;position:relative;margin-top:16px;float:left}.noidung{margin:0 auto;font-family:Arial,Helvetica,sans-serif}.menu img{color:#333;font-family:Arial,Helvetica,sans-serif;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif}.thoitiet p{line-height:22px;margin:0 auto;padding:0;display:flex;font-size:16px}.sub{white-space:nowrap;display:none}.right{float:left;color:#333;text-overflow:ellipsis}.noidung img{font-size:14px;line-height:22px;z-index:10}.print{float:right;width:100%;display:flex;cursor:pointer;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif}.tinkhac time{text-transform:uppercase;margin-bottom:12px;padding:8px 12px;background:#fff;padding:0}.menu time{margin-bottom:12px;font-size:14px}.noidung{z-index:10;line-height:22px;float:left;display:none}.box{max-width:1170px;font-weight:700;text-decoration:none;line-height:1.5}.tieude h3{margin:0 auto;display:none;color:#333;clear:both;text-decoration:none}.counter{margin:0;max-width:1170px;margin-bottom:12px}.footer{display:none;z-index:10;font-size:14px}.thoitiet{color:#222;background:#f4f4f4;border-bottom:1px solid #e5e5e5;color:#333;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif}.noidung li{display:flex;text-overflow:ellipsis;color:#222;border-bottom:1px solid #e5e5e5}.ngay{padding:0;position:relative;margin:0 auto;display:flex;font-family:Arial,Helvetica,sans-serif}.print{font-weight:700;display:block;cursor:pointer;background:#fff;margin:0}.footer{border-bottom:1px solid #e5e5e5;text-transform:uppercase}.noidung{border-bottom:1px solid #e5e5e5;border-radius:3px;display:block;display:flex;line-height:1.5}.footer a{display:flex;font-size:14px;line-height:22px;background:#f4f4f4;display:block}.tinkhac{border-radius:3px;margin-bottom:12px;overflow:hidden;display:none}.tieude ul{z-index:10;color:#333;margin-top:16px}.logo{padding:8px 12px;white-space:nowrap}.menu h3{border-bottom:1px solid #e5e5e5;text-transform:uppercase;color:#333}.noidung span{margin-top:16px;z-index:10;margin-bottom:12px;line-height:1.5}.logo{clear:both;font-weight:700;background:#f4f4f4;z-index:10}.sapo p{max-width:1170px;font-size:14px;text-transform:uppercase}.counter li{font-family:Roboto,Arial,sans-serif;margin-top:16px}.top{text-overflow:ellipsis;clear:both;margin-top:16px;padding:8px 12px;border-radius:3px}.menu a{color:#333;text-decoration:none;background:#fff;border-radius:3px;font-family:Arial,Helvetica,sans-serif}.thoitiet{padding:8px 12px;text-transform:uppercase;margin-bottom:12px;overflow:hidden;font-size:16px}.logo{margin:0 auto;position:relative;font-family:Roboto,Arial,sans-serif;border-bottom:1px solid #e5e5e5;text-decoration:none}.print{font-weight:700;padding:8px 12px;clear:both;margin:0;display:none}.right ul{font-size:16px;z-index:10;float:left}.menu{white-space:nowrap;line-height:1.5;display:none;font-family:Arial,Helvetica,sans-serif;position:relative}.right img{font-size:16px;padding:0;text-transform:uppercase;margin-top:16px}.tacgia{margin-top:16px;float:right;text-decoration:none}.tacgia{border-radius:3px;white-space:nowrap;font-family:Arial,Helvetica,sans-serif}.thoitiet{float:left;padding:8px 12px;background:#fff;line-height:1.5}.sapo{color:#333;max-width:1170px;margin:0 auto}.top a{font-family:Roboto,Arial,sans-serif;text-decoration:none;margin:0;cursor:pointer;display:flex}.sub{white-space:nowrap;margin:0 auto;margin:0}.box ul{font-weight:700;float:right}.counter{overflow:hidden;white-space:nowrap;padding:0}.menu img{color:#222;margin-bottom:12px;clear:both}.print{display:flex;background:#fff;max-width:1170px;background:#f4f4f4}.tinkhac{font-size:14px;float:left}.sub{margin:0 auto;background:#fff;max-width:1170px}.logo time{border-radius:3px;display:none;color:#333;line-height:1.5}.noidung{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;float:right;clear:both;font-family:Arial,Helvetica,sans-serif}.menu img{margin-top:16px;color:#333;max-width:1170px}.tieude p{text-overflow:ellipsis;display:none;font-family:Roboto,Arial,sans-serif;padding:0;background:#fff}.logo li{padding:8px 12px;position:relative;white-space:nowrap;margin:0 auto}.top{border-bottom:1px solid #e5e5e5;padding:0;padding:8px 12px}.tieude ul{overflow:hidden;margin-top:16px;z-index:10}.tinkhac{font-size:16px;text-decoration:none;border-radius:3px;float:left}.box{display:block;padding:0;font-family:Arial,Helvetica,sans-serif;position:relative}.sub p{line-height:22px;display:none;text-decoration:none;font-family:Arial,Helvetica,sans-serif}.thoitiet{position:relative;border-bottom:1px solid #e5e5e5;float:left}.counter{margin-bottom:12px;text-overflow:ellipsis;border-bottom:1px solid #e5e5e5}.logo{position:relative;color:#333;width:100%;font-family:Roboto,Arial,sans-serif;font-weight:700}.ngay{padding:8px 12px;display:flex;border-radius:3px}.logo span{float:right;margin-bottom:12px;overflow:hidden;z-index:10;text-overflow:ellipsis}.logo h3{width:100%;white-space:nowrap;max-width:1170px;padding:8px 12px;font-family:Roboto,Arial,sans-serif}.menu{margin:0 auto;border-bottom:1px solid #e5e5e5}.thoitiet{width:100%;font-size:14px;font-weight:700}.noidung{border-bottom:1px solid #e5e5e5;line-height:1.5;background:#f4f4f4}.sapo{margin-bottom:12px;position:relative;color:#333}@media (max-width:767px){.right{float:right;display:flex}.thoitiet{background:#f4f4f4;color:#222}.print{border-bottom:1px solid #e5e5e5;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif}.tacgia{color:#222;line-height:22px}.tieude{margin-top:16px;padding:0}.top{overflow:hidden;font-family:Roboto,Arial,sans-serif}}
#noidung p{margin:0 0 10px 0;text-align:justify;font:15px/1.55 Arial,Helvetica,sans-serif}
table.image td.caption{font:italic 13px Arial;color:#444;text-align:center}
</style>
<script type="text/javascript" src="../js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="../js/menu.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-21958117-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
  function printArticle(id){ window.open('print.php?mabb=' + id, 'In bài viết', 'width=760,height=600,scrollbars=yes'); }
  function sendMail(id){ window.open('sendmail.php?mabb=' + id, 'Gửi cho bạn bè', 'width=500,height=420'); }
</script>
</head>
<body>
<div id="wrapper">
<div class="top"><span class="ngayhientai">Thứ Sáu, ngày 14 tháng 01 năm 2022</span> | <a href="index.php%3Flang=en.html">English</a> | <a href="rss.php.html">RSS</a> | <a href="https://baobinhdinh.vn/epaper/">Báo in</a> | <a href="viewer.php%3Fmacm=20.html">Truyền hình Bình Định</a></div>
<div class="logo"><a href="index.html"><img src="../images/logo-bbd.png" alt="Báo Bình Định" width="420" height="90" /></a>
<div class="search"><form action="search.php" method="get"><input type="text" name="keyword" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value='';" /><input type="submit" value="Tìm" /></form></div></div>
<div class="menu"><ul id="menu">
<li><a href="index.html">Trang chủ</a></li>
<li><a href="viewer.php%3Fmacm=1.html">Chính trị</a>
</li>
<li><a href="viewer.php%3Fmacm=2.html">Kinh tế</a>
<ul class="sub"><li><a href="viewer.php%3Fmacm=2&amp;macmp=20.html">Đầu tư</a></li><li><a href="viewer.php%3Fmacm=2&amp;macmp=21.html">Thị trường</a></li><li><a href="viewer.php%3Fmacm=2&amp;macmp=22.html">Doanh nghiệp - Doanh nhân</a></li></ul>
</li>
<li><a href="viewer.php%3Fmacm=3.html">Xã hội</a>
<ul class="sub"><li><a href="viewer.php%3Fmacm=3&amp;macmp=30.html">Lao động - Việc làm</a></li><li><a href="viewer.php%3Fmacm=3&amp;macmp=31.html">Môi trường</a></li><li><a href="viewer.php%3Fmacm=3&amp;macmp=32.html">Chính sách xã hội</a></li></ul>
</li>
<li><a href="viewer.php%3Fmacm=4.html">Văn hóa - Văn nghệ</a>
<ul class="sub"><li><a href="viewer.php%3Fmacm=4&amp;macmp=40.html">Văn học</a></li><li><a href="viewer.php%3Fmacm=4&amp;macmp=41.html">Nghệ thuật</a></li><li><a href="viewer.php%3Fmacm=4&amp;macmp=42.html">Di sản</a></li></ul>
</li>
<li><a href="viewer.php%3Fmacm=5.html">Thể thao</a>
</li>
<li><a href="viewer.php%3Fmacm=12.html">Quốc tế</a>
<ul class="sub"><li><a href="viewer.php%3Fmacm=12&amp;macmp=120.html">Tin thế giới</a></li><li><a href="viewer.php%3Fmacm=12&amp;macmp=121.html">Bình luận quốc tế</a></li><li><a href="viewer.php%3Fmacm=12&amp;macmp=122.html">Người Việt bốn phương</a></li><li><a href="viewer.php%3Fmacm=12&amp;macmp=123.html">Hồ sơ - Tư liệu</a></li></ul>
</li>
<li><a href="viewer.php%3Fmacm=7.html">Pháp luật</a>
</li>
<li><a href="viewer.php%3Fmacm=8.html">Bạn đọc</a>
</li>
<li><a href="viewer.php%3Fmacm=9.html">Du lịch</a>
</li>
<li><a href="viewer.php%3Fmacm=10.html">Khoa học - Công nghệ</a>
</li>
<li><a href="viewer.php%3Fmacm=11.html">Giáo dục</a>
</li>
<li><a href="viewer.php%3Fmacm=13.html">Nông nghiệp - Nông thôn</a>
</li>
<li><a href="viewer.php%3Fmacm=14.html">Y tế</a>
</li>
<li><a href="viewer.php%3Fmacm=15.html">Bình Định xưa và nay</a>
</li>
<li><a href="viewer.php%3Fmacm=16.html">Đảng bộ tỉnh</a>
</li>
<li><a href="viewer.php%3Fmacm=17.html">Quy Nhơn</a>
</li>
<li><a href="viewer.php%3Fmacm=18.html">Xây dựng Đảng</a>
</li>
<li><a href="viewer.php%3Fmacm=19.html">Quốc phòng - An ninh</a>
</li>
<li><a href="viewer.php%3Fmacm=20.html">Media</a>
</li>
</ul></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td valign="top" class="left">
<div class="path"><a href="index.html">Trang chủ</a> &gt; <a href="viewer.php%3Fmacm=12.html">Quốc tế</a> &gt; <a href="viewer.php%3Fmacm=12&amp;macmp=120.html">Tin thế giới</a></div>
<div class="tieude"><h1>Vòng đàm phán tại OSCE khép lại tuần ngoại giao căng thẳng giữa Nga và phương Tây</h1></div>
<div class="ngay">Ngày đăng: 14/01/2022 06:12 &nbsp;|&nbsp; Lượt xem: 312</div>
<div class="print"><a href="javascript:printArticle(241837)"><img src="../images/print.gif" alt="" /> In bài viết</a> <a href="javascript:sendMail(241837)"><img src="../images/mail.gif" alt="" /> Gửi cho bạn bè</a> <a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fbaobinhdinh.vn%2Fviewer.php%3Fmacm%3D12%26macmp%3D12%26mabb%3D241837">Chia sẻ</a></div>
<div id="noidung">
<P align="justify"><B>Cuộc họp của Hội đồng thường trực Tổ chức An ninh và Hợp tác châu Âu (OSCE) tại Vienna (Áo) ngày 13/1 đã kết thúc mà không đạt được bước tiến nào, khép lại chuỗi ba cuộc đàm phán an ninh giữa Nga với Mỹ và các đồng minh phương Tây trong tuần.</B></P>
<P align="justify">Phát biểu khai mạc phiên họp, Ngoại trưởng Ba Lan Zbigniew Rau, Chủ tịch luân phiên OSCE năm 2022, cảnh báo rằng nguy cơ xảy ra chiến tranh trong khu vực OSCE hiện ở mức cao nhất trong vòng 30 năm qua. Ông kêu gọi các bên tập trung tìm kiếm giải pháp hòa bình cho cuộc xung đột ở miền Đông Ukraine.</P>
<P align="justify">Đại diện thường trực của Nga tại OSCE Alexander Lukashevich cho rằng kết quả của tuần đàm phán là &ldquo;đáng thất vọng&rdquo;. Theo ông, nếu phương Tây không đưa ra phản hồi mang tính xây dựng đối với các đề xuất của Moskva trong thời gian hợp lý, Nga sẽ buộc phải có những biện pháp cần thiết để bảo đảm an ninh của mình.</P>
<P align="justify">Trong khi đó, Đại sứ Mỹ tại OSCE Michael Carpenter nhận định &ldquo;tiếng trống chiến tranh đang vang lên rất rõ&rdquo; và khẳng định Washington cùng các đồng minh sẵn sàng đáp trả mạnh mẽ nếu Nga có hành động leo thang. Ông nhấn mạnh Mỹ không chấp nhận việc một quốc gia áp đặt phạm vi ảnh hưởng lên các nước láng giềng.</P>
<P align="justify"><B>Moskva chưa quyết định bước tiếp theo</B></P>
<P align="justify">Cùng ngày, Thứ trưởng Ngoại giao Nga Sergei Ryabkov cho biết Moskva không thấy cơ sở để tiếp tục ngồi vào bàn đàm phán trong những ngày tới, đồng thời cho rằng các cuộc trao đổi với Mỹ và NATO đang đi vào &ldquo;ngõ cụt&rdquo;. Ông cũng không loại trừ khả năng Nga triển khai hạ tầng quân sự tới Cuba hoặc Venezuela nếu căng thẳng với Washington tiếp tục gia tăng.</P>
<table class="image" align="center" width="500" border="0" cellpadding="3" cellspacing="0"><tr><td><img src="../Uploaded/Members/12/2022_01/osce-vienna-1301.jpg" width="500" height="333" alt="" border="0" /></td></tr><tr><td class="caption">Toàn cảnh phiên họp Hội đồng thường trực OSCE tại Vienna ngày 13/1. (Ảnh: OSCE)</td></tr></table>
<P align="justify">Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Tổng thống Vladimir Putin sẽ được báo cáo đầy đủ về kết quả các cuộc đàm phán trước khi Nga quyết định hướng đi tiếp theo. Theo ông Peskov, các cuộc gặp có &ldquo;những yếu tố tích cực&rdquo; nhưng bất đồng về những vấn đề nền tảng vẫn còn nguyên.</P>
<P align="justify">Trước đó, ngày 10/1, Nga và Mỹ đã có cuộc đối thoại ổn định chiến lược tại Geneva (Thụy Sĩ), và ngày 12/1, Hội đồng NATO - Nga cũng đã nhóm họp tại Brussels (Bỉ). Cả hai cuộc gặp đều kết thúc mà không có thỏa thuận nào được ký kết.</P>
<P align="justify">Tổng Thư ký NATO Jens Stoltenberg sau cuộc họp ở Brussels thừa nhận những khác biệt giữa liên minh và Nga &ldquo;sẽ không dễ vượt qua&rdquo;, song cho rằng việc các bên ngồi lại với nhau quanh một bàn đàm phán và trao đổi về những vấn đề thực chất là dấu hiệu tích cực.</P>
<P align="justify">Nga hiện vẫn yêu cầu NATO đưa ra bảo đảm bằng văn bản về việc không kết nạp Ukraine, không triển khai vũ khí tấn công gần biên giới Nga và đưa hạ tầng quân sự của khối về vị trí năm 1997. Mỹ và NATO khẳng định những yêu cầu này là không thể chấp nhận, nhưng để ngỏ khả năng đối thoại về kiểm soát vũ khí và các biện pháp xây dựng lòng tin.</P>
<P align="right"><B>Khánh An</B> (Tổng hợp)</P>
</div>
<div class="tinkhac"><div class="title">Các tin, bài viết khác</div><ul>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241790.html">Hội đồng NATO - Nga nhóm họp lần đầu sau hơn hai năm</a> <span class="date">(13/01/2022)</span></li>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241752.html">Nga - Mỹ đối thoại tại Geneva: Bất đồng vẫn còn lớn</a> <span class="date">(12/01/2022)</span></li>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241701.html">Kazakhstan: Tổng thống Tokayev bổ nhiệm Thủ tướng mới</a> <span class="date">(12/01/2022)</span></li>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241688.html">Triều Tiên thử thành công tên lửa siêu vượt âm</a> <span class="date">(12/01/2022)</span></li>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241640.html">Lực lượng gìn giữ hòa bình CSTO bắt đầu rút khỏi Kazakhstan</a> <span class="date">(11/01/2022)</span></li>
<li><a href="viewer.php%3Fmacm=12&amp;macmp=12&amp;mabb=241593.html">WHO cảnh báo hơn một nửa dân số châu Âu có thể nhiễm Omicron</a> <span class="date">(11/01/2022)</span></li>
</ul></div>
</td>
<td valign="top" class="right" width="300">
<div class="box"><div class="title">Tin đọc nhiều</div><ul>
<li><a href="viewer.php%3Fmacm=1&amp;mabb=241811.html">Bình Định tổ chức Hội nghị tổng kết công tác năm 2021</a></li>
<li><a href="viewer.php%3Fmacm=3&amp;mabb=241806.html">Quy Nhơn ra quân xử lý vi phạm trật tự đô thị dịp Tết Nhâm Dần</a></li>
<li><a href="viewer.php%3Fmacm=14&amp;mabb=241799.html">Tỉnh ghi nhận thêm 214 ca mắc COVID-19 trong ngày</a></li>
<li><a href="viewer.php%3Fmacm=2&amp;mabb=241780.html">Giá cá ngừ đại dương tăng mạnh dịp cuối năm</a></li>
</ul></div>
<div class="box thoitiet"><div class="title">Thời tiết</div><p>Quy Nhơn: 22 - 27°C, có mưa rào rải rác</p></div>
<div class="box"><script type="text/javascript">document.write('<a href="https://baobinhdinh.vn/quangcao/"><img src="../images/qc/banner-tet-2022.jpg" width="300" /></a>');</script></div>
<div class="counter">Lượt truy cập: 48.211.530<br />Đang trực tuyến: 1.247</div>
</td></tr></table>
<div class="footer">
<p><b>BÁO BÌNH ĐỊNH ĐIỆN TỬ</b> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định</p>
<p>Giấy phép số 211/GP-BTTTT. Tòa soạn: 62 Trần Hưng Đạo, TP Quy Nhơn, Bình Định. ĐT: (0256) 3822.571 - Fax: (0256) 3822.302</p>
<p>Ghi rõ nguồn &quot;Báo Bình Định điện tử&quot; khi phát hành lại thông tin từ website này.</p>
<p><a href="viewer.php%3Fmacm=99.html">Giới thiệu</a> | <a href="viewer.php%3Fmacm=98.html">Liên hệ quảng cáo</a> | <a href="mailto:toasoan@baobinhdinh.vn">Góp ý</a></p>
</div>
</div>
</body>
</html>
