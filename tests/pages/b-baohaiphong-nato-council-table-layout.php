<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Báo Hải Phòng - Quốc tế - Cuộc họp Hội đồng NATO - Nga khép lại với nhiều bất đồng</TITLE>
<META NAME="description" CONTENT="Cuộc họp của Hội đồng NATO - Nga (NRC) lần đầu tiên sau hơn hai năm, diễn ra tại Brussels (Bỉ) ngày 12/1, đã kết thúc sau khoảng 4 tiếng, với việc hai bên đều thừa nhận vẫn còn những khác biệt lớn về vấn đề an ninh châu Âu.">
<META NAME="keywords" CONTENT="Báo Hải Phòng, tin tức Hải Phòng, NATO, Nga, Hội đồng NATO - Nga, Brussels">
<META NAME="robots" CONTENT="index, follow">
<META PROPERTY="og:title" CONTENT="Cuộc họp Hội đồng NATO - Nga khép lại với nhiều bất đồng">
<META PROPERTY="og:type" CONTENT="article">
<META PROPERTY="og:image" CONTENT="https://baohaiphong.com.vn/upload/2022/01/13/stoltenberg-nrc.jpg">
<META PROPERTY="og:url" CONTENT="https://baohaiphong.com.vn/xem-tin.php?id=238812&amp;cat=quoc-te">
<META PROPERTY="fb:app_id" CONTENT="284512366071543">
<LINK REL="canonical" HREF="https://baohaiphong.com.vn/xem-tin.php?id=238812&amp;cat=quoc-te">
<LINK REL="stylesheet" TYPE="text/css" HREF="css/style.css">
<LINK REL="shortcut icon" HREF="favicon.ico">
<STYLE TYPE="text/css">
<!--
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}body{margin:0;font-family:"Noto Serif", Georgia, "Times New Roman", serif;font-size:15px;color:#222;background:#fff}
a{color:inherit;text-decoration:none}a:hover{color:#b5121b}img{max-width:100%;height:auto;border:0;vertical-align:middle}ul,ol{list-style:none;margin:0;padding:0}
.menuleft{margin:0;width:300px;border-bottom:1px dotted #ccc}
.menuleft::before{overflow:visible;background:rgba(0,0,0,.6);font-weight:normal;font-family:Arial, Helvetica, sans-serif}
.menuleft .title{overflow:auto;line-height:1.4;text-transform:none;background:rgba(0,0,0,.6);font-size:12px}
.menuleft h3{width:300px;border-radius:50%;overflow:auto;font-size:13px;line-height:1.4;padding:16px}
.tinkhac{border-radius:2px;width:640px;position:absolute}
.tinkhac p{transition:opacity .3s;text-transform:uppercase;background:transparent;border-bottom:1px solid #e5e5e5;padding:0;position:absolute;text-align:justify}
.tinkhac  .icon{text-align:center;background:#e9ecef;display:block;font-weight:400;margin:0 -15px;color:#333}
.tinkhac::before{overflow:hidden;line-height:1.6;padding:0 15px}
.docnhieu{border-bottom:none;max-width:1200px;transition:all .2s ease;color:#999;width:1140px;position:fixed;text-align:center;font-family:Arial, Helvetica, sans-serif}
.docnhieu h3{margin:0 -15px;max-width:680px;z-index:9999}
.docnhieu a{border-radius:4px;width:300px;z-index:10;text-transform:uppercase;max-width:980px;font-weight:700;font-size:20px;background:#1f3c88}
.docnhieu  .icon{font-weight:400;text-transform:none;transition:all .2s ease;border-bottom:2px solid #b5121b;max-width:980px}
.title{margin:0 0 16px;line-height:1.4;transition:transform .25s ease-in-out;font-size:0.875rem}
.title .title{padding:8px 12px;overflow:hidden;border-bottom:2px solid #b5121b;position:absolute;font-family:"Noto Serif", Georgia, "Times New Roman", serif}
.title  .icon{margin:0 0 16px;position:absolute;text-transform:uppercase}
.title a{width:640px;display:inline-flex;border-radius:0;transition:opacity .3s;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}
.date{margin:0 0 16px;text-align:right;overflow:auto;position:absolute;padding:4px 8px;background:#f5f5f5}
.date .time{line-height:1.4;max-width:100%;overflow:visible;font-weight:bold;position:fixed;transition:transform .25s ease-in-out;color:#999;background:#f5f5f5}
.date h2{position:absolute;line-height:1.5;padding:10px 0;border-bottom:1px dotted #ccc;z-index:99}
.date p{text-align:right;width:auto;overflow:auto;line-height:22px}
.sapo{padding:4px 8px;overflow:visible;font-weight:500}
.sapo p{font-size:12px;margin:0;font-weight:400;line-height:1.6;text-transform:uppercase;background:rgba(0,0,0,.6);transition:all .2s ease;color:#1a1a1a}
.sapo .title{text-transform:uppercase;line-height:1.3;border-bottom:1px dotted #ccc;width:640px;display:grid;overflow:auto;font-size:1.125rem;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.sapo::before{line-height:22px;overflow:hidden;text-align:left;display:block;font-family:Arial, Helvetica, sans-serif}
.content{transition:opacity .3s;border-bottom:1px dotted #ccc;overflow:hidden;background:#f0f2f5;position:sticky;font-weight:bold}
.content:hover{margin:8px 0;text-align:right;z-index:999;border-bottom:1px dotted #ccc;text-transform:uppercase;border-radius:4px}
.content::before{background:#1f3c88;border-radius:2px;overflow:auto;max-width:980px;display:inline-flex;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.content .time{font-size:18px;font-weight:bold;color:#222;margin:0;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.caption{width:33.333%;text-transform:none;max-width:100%;border-bottom:1px solid #e5e5e5;color:#2a6496;border-radius:0;margin:0 auto;line-height:1.6}
.caption p{background:#f0f2f5;display:none;position:absolute;line-height:22px;width:640px;padding:10px 0;border-radius:4px}
.caption h3{background:#f5f5f5;border-bottom:2px solid #b5121b;color:#b5121b;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.caption h2{background:transparent;padding:16px;text-align:justify;max-width:1200px;border-bottom:1px solid #e5e5e5;line-height:1.5;font-weight:normal;display:block;font-family:Tahoma, Verdana, Arial, sans-serif}
.footer{background:transparent;text-transform:none;transition:transform .25s ease-in-out;z-index:9999;text-align:left;border-radius:0;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}
.footer .title{border-bottom:none;font-size:20px;overflow:auto;line-height:22px}
.footer li{max-width:1200px;display:none;position:relative;overflow:visible}
.footer h3{text-transform:uppercase;transition:all .2s ease;font-weight:normal}
.ticker{font-weight:600;width:300px;color:#2a6496;padding:16px;text-align:center;text-transform:none}
.ticker .title{border-radius:4px;max-width:100%;transition:opacity .3s;line-height:1.6}
.ticker::after{display:inline-flex;border-radius:0;width:33.333%;line-height:26px;background:#e9ecef;margin:0}
.ticker::before{z-index:9999;max-width:980px;font-size:14px;display:none;font-weight:normal;overflow:visible;border-bottom:1px solid #e5e5e5}
.boxtitle{max-width:980px;margin:0 0 16px;font-weight:bold}
.boxtitle a{position:sticky;font-weight:500;border-bottom:none;text-transform:none;color:#666;background:#e9ecef;max-width:100%;overflow:visible;font-family:"Noto Serif", Georgia, "Times New Roman", serif}
.boxtitle .time{max-width:980px;overflow:hidden;font-weight:400}
.boxtitle p{position:sticky;text-transform:uppercase;font-size:0.875rem;border-bottom:2px solid #b5121b;width:33.333%;max-width:100%;color:#1a1a1a;padding:16px;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}
.weather{z-index:999;max-width:100%;display:inline-flex;background:rgba(0,0,0,.6)}
.weather  .icon{z-index:9999;transition:opacity .3s;margin:12px 0 0;display:grid;width:300px;line-height:22px}
.weather span{margin:8px 0;text-transform:none;border-radius:4px;position:relative;color:#222;font-family:"Merriweather", Georgia, serif}
.weather .title{color:#999;display:none;transition:all .2s ease;background:#e9ecef;width:100%;z-index:10;overflow:visible;text-align:center}
.giavang{text-align:center;line-height:1.3;transition:opacity .3s;max-width:100%;font-family:"Noto Serif", Georgia, "Times New Roman", serif}
.giavang .title{font-weight:600;z-index:9999;border-bottom:1px solid #e5e5e5;margin:12px 0 0;overflow:auto;display:none;text-align:right;font-family:Arial, Helvetica, sans-serif}
.giavang  .icon{z-index:99;border-radius:50%;border-bottom:1px solid #e5e5e5;display:block;width:300px;font-weight:400}
.giavang span{color:#222;text-transform:none;margin:0 -15px;width:33.333%;font-weight:400;line-height:1.3}
.topmenu{display:inline-block;font-weight:600;color:#0056a6;line-height:1.6}
.topmenu a{border-bottom:2px solid #b5121b;max-width:980px;text-align:right;z-index:999;margin:12px 0 0;line-height:1.4;text-transform:none;font-weight:400}
.topmenu li{font-size:18px;border-radius:50%;position:absolute;margin:12px 0 0;text-align:justify;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.topmenu::before{text-transform:uppercase;line-height:1.3;z-index:1}
@media (max-width:1199px){.topmenu::before{z-index:99;display:inline-flex;font-size:12px;width:640px;text-align:justify;background:#1f3c88}.boxtitle{position:absolute;font-size:24px;text-align:justify;font-family:"Merriweather", Georgia, serif}.ticker{color:#0056a6;line-height:1.6;display:inline-flex;text-transform:uppercase;background:transparent}.footer h3{text-transform:none;z-index:1;overflow:visible;padding:10px 0;transition:all .2s ease}.boxtitle a{text-transform:uppercase;text-align:left;color:#b5121b}.docnhieu{max-width:980px;font-weight:bold;line-height:1.5;transition:transform .25s ease-in-out;overflow:auto;padding:10px 0}.title  .icon{background:#fff;color:#666;display:none;text-transform:uppercase;font-size:1.125rem;line-height:22px;max-width:680px;width:640px;font-family:Arial, Helvetica, sans-serif}.date h2{border-bottom:2px solid #b5121b;display:inline-block;max-width:100%;font-weight:normal;padding:10px 0;color:#333;font-size:14px}.tinkhac p{width:33.333%;border-radius:50%;background:#f5f5f5;text-align:center;font-weight:600;border-bottom:none;font-family:"Merriweather", Georgia, serif}.topmenu a{overflow:auto;position:relative;max-width:1200px}.content::before{font-size:12px;overflow:hidden;border-radius:50%}.caption p{z-index:99;padding:16px;max-width:680px;width:300px;overflow:hidden}}
@media (max-width:991px){.giavang  .icon{display:none;font-size:13px;border-radius:0}.date{text-transform:uppercase;max-width:100%;background:#1f3c88;border-radius:2px;padding:0 15px;font-size:12px;overflow:hidden}.title a{font-size:15px;text-align:center;position:fixed;color:#1a1a1a;background:#f5f5f5}.content{overflow:hidden;font-size:16px;transition:transform .25s ease-in-out;background:#f5f5f5;position:absolute}.title{padding:0;text-align:center;border-bottom:1px solid #e5e5e5;border-radius:4px;line-height:1.3;font-family:"Noto Serif", Georgia, "Times New Roman", serif}.weather  .icon{width:300px;text-transform:none;border-radius:4px;border-bottom:1px dotted #ccc;position:sticky}.boxtitle .time{border-radius:50%;border-bottom:2px solid #b5121b;text-align:center}.caption p{font-size:16px;margin:0 0 16px;text-transform:none;display:grid;background:#1f3c88}.ticker{text-align:right;border-bottom:none;display:inline-block;background:#fff;position:fixed;z-index:999;text-transform:uppercase;transition:transform .25s ease-in-out;font-family:"Noto Serif", Georgia, "Times New Roman", serif}.date .time{max-width:980px;font-size:1.125rem;border-bottom:1px solid #e5e5e5;overflow:hidden;line-height:1.4;width:1140px;display:grid}.caption h2{color:#333;transition:all .2s ease;border-bottom:2px solid #b5121b;position:absolute;text-transform:none;border-radius:4px;font-family:"Noto Serif", Georgia, "Times New Roman", serif}.docnhieu h3{text-align:left;font-size:16px;overflow:auto;margin:8px 0;font-weight:bold;display:none;font-family:"Merriweather", Georgia, serif}}
@media (max-width:767px){.docnhieu a{display:block;border-radius:0;background:#fff;z-index:1;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}.topmenu li{width:1140px;max-width:980px;border-bottom:1px dotted #ccc;display:inline-block;padding:10px 0;text-align:left;margin:0;font-family:Tahoma, Verdana, Arial, sans-serif}.date h2{display:flex;text-align:justify;padding:4px 8px;border-bottom:1px solid #e5e5e5;color:#0056a6;border-radius:2px;position:sticky;text-transform:uppercase}.sapo{overflow:visible;display:flex;z-index:99;background:#f5f5f5;margin:12px 0 0;border-bottom:1px solid #e5e5e5}.content:hover{border-radius:2px;padding:8px 12px;display:flex;text-align:left}.weather  .icon{transition:opacity .3s;display:none;font-size:13px}.date p{width:1140px;font-size:1.125rem;transition:opacity .3s}.footer h3{color:#999;margin:0 auto;max-width:680px;display:block;border-radius:4px;z-index:999}.boxtitle{display:inline-flex;position:relative;line-height:1.4;font-size:18px;text-align:justify;max-width:680px;overflow:auto}.sapo p{z-index:9999;border-radius:2px;max-width:1200px;border-bottom:2px solid #b5121b;display:grid;text-align:center;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}.title{margin:0 0 16px;color:#333;text-align:right;font-size:12px;display:none;border-radius:0;padding:0;font-weight:normal}.date .time{background:#f5f5f5;padding:4px 8px;position:absolute;border-radius:4px;font-size:24px;font-family:"Noto Serif", Georgia, "Times New Roman", serif}}
@media (max-width:575px){.content .time{transition:transform .25s ease-in-out;max-width:100%;line-height:22px;font-size:16px;font-weight:400;border-bottom:1px dotted #ccc;text-align:center}.giavang .title{border-radius:4px;line-height:22px;border-bottom:2px solid #b5121b;font-weight:normal;margin:12px 0 0;overflow:auto}.sapo{font-weight:400;position:absolute;background:#fff;transition:opacity .3s}.caption p{width:640px;overflow:visible;background:#f0f2f5;color:#2a6496;font-weight:600}.docnhieu a{font-size:16px;overflow:hidden;padding:0 15px;position:relative;text-align:left}.tinkhac::before{z-index:10;transition:all .2s ease;text-transform:none;max-width:1200px;border-bottom:1px solid #e5e5e5;position:relative;color:#fff}.date{width:100%;font-weight:400;max-width:680px;z-index:10;overflow:visible;border-bottom:1px dotted #ccc;font-family:"Merriweather", Georgia, serif}.boxtitle{transition:transform .25s ease-in-out;text-transform:uppercase;border-radius:0}.title .title{position:relative;overflow:auto;line-height:1.5;font-size:15px;color:#999}.caption{border-bottom:1px solid #e5e5e5;position:sticky;font-size:18px;border-radius:0;text-transform:uppercase;text-align:justify;color:#666;padding:0}.weather{text-transform:uppercase;text-align:center;background:#f0f2f5;display:inline-flex;font-family:"Noto Serif", Georgia, "Times New Roman", serif}.giavang span{padding:16px;background:transparent;transition:all .2s ease;border-bottom:none;text-align:center;display:inline-block;font-size:15px}}
@font-face{font-family:"Icons";src:url("/fonts/icons.woff2?v=462") format("woff2");font-display:swap}
@keyframes fadeIn{from{opacity:0}to{opacity:1}}
TD { font-family: Arial, Helvetica, sans-serif; font-size: 12px; }
.title { font-family: Arial; font-size: 18px; font-weight: bold; color: #003399; }
-->
</STYLE>
<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
function openPrint(id) { window.open('in-tin.php?id=' + id, 'print', 'width=700,height=600,scrollbars=yes'); }
function sendMail(id) { window.open('gui-tin.php?id=' + id, 'mail', 'width=500,height=400'); }
var today = new Date(); var thu = new Array("Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy");
//-->
</SCRIPT>
<SCRIPT TYPE="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-8841270-1']);
  _gaq.push(['_trackPageview']);
  (function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0" onLoad="MM_preloadImages('images/menu_on.gif')">
<CENTER>
<TABLE WIDTH="980" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR>
 <TD WIDTH="300" HEIGHT="90"><A HREF="index.php"><IMG SRC="images/logo_bhp.gif" WIDTH="300" HEIGHT="90" BORDER="0" ALT="BÁO HẢI PHÒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng"></A></TD>
 <TD WIDTH="680" ALIGN="right" VALIGN="middle"><OBJECT CLASSID="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" WIDTH="660" HEIGHT="80"><PARAM NAME="movie" VALUE="banner/top_banner_tet.swf"><EMBED SRC="banner/top_banner_tet.swf" WIDTH="660" HEIGHT="80"></EMBED></OBJECT></TD>
</TR>
<TR><TD COLSPAN="2" BGCOLOR="#B30000" HEIGHT="26" CLASS="topmenu">
 &nbsp;<FONT COLOR="#FFFFFF"><SCRIPT>document.write(thu[today.getDay()] + ", " + today.getDate() + "/" + (today.getMonth()+1) + "/" + today.getFullYear());</SCRIPT></FONT>
 &nbsp;&nbsp;|&nbsp;&nbsp;<A HREF="index.php"><FONT COLOR="#FFFFFF">Trang chủ</FONT></A>&nbsp;|&nbsp;<A HREF="rss.php"><FONT COLOR="#FFFFFF">RSS</FONT></A>&nbsp;|&nbsp;<A HREF="lien-he.php"><FONT COLOR="#FFFFFF">Liên hệ</FONT></A>&nbsp;|&nbsp;<A HREF="english/index.php"><FONT COLOR="#FFFFFF">English</FONT></A>
</TD></TR>
<TR><TD COLSPAN="2" HEIGHT="24" BGCOLOR="#FFF3D6" CLASS="ticker"><MARQUEE SCROLLAMOUNT="3" ONMOUSEOVER="this.stop()" ONMOUSEOUT="this.start()"><B>TIN MỚI:</B> <A HREF="xem-tin.php?id=238600">Hải Phòng khởi công dự án đường ven sông Lạch Tray</A> &nbsp;|&nbsp; <A HREF="xem-tin.php?id=238601">Hội đồng NATO - Nga nhóm họp tại Brussels</A> &nbsp;|&nbsp; <A HREF="xem-tin.php?id=238602">Ngành thuế Hải Phòng thu ngân sách vượt dự toán</A> &nbsp;|&nbsp; <A HREF="xem-tin.php?id=238603">Thời tiết Hải Phòng: Rét đậm, nhiệt độ thấp nhất 11 độ C</A></MARQUEE></TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR>
<TD WIDTH="180" VALIGN="top" BGCOLOR="#F7F7F7">
 <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
 <TR><TD CLASS="boxtitle" BGCOLOR="#B30000" HEIGHT="24">&nbsp;<FONT COLOR="#FFFFFF"><B>CHUYÊN MỤC</B></FONT></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=1">Trang chủ</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=2">Thời sự</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=3">Chính trị</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=4">Kinh tế</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=5">Xã hội</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=6">Pháp luật</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=7">Quốc tế</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=8">Văn hóa - Văn nghệ</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=9">Thể thao</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=10">Giáo dục</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=11">Y tế</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=12">Khoa học - Công nghệ</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=13">Đất Cảng</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=14">Biển đảo</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=15">Quốc phòng - An ninh</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=16">Nông thôn mới</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=17">Bạn đọc</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=18">Đời sống</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=19">Du lịch</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=20">Ảnh</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=21">Video</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=22">Hải Phòng cuối tuần</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=23">Báo in</A></TD></TR>
<TR><TD CLASS="menuleft" HEIGHT="24">&nbsp;<IMG SRC="images/bullet_red.gif" WIDTH="5" HEIGHT="5">&nbsp;<A HREF="chuyen-muc.php?cat=24">Quảng cáo</A></TD></TR>
 </TABLE>
 <BR>
 <TABLE WIDTH="100%" BORDER="0" CELLPADDING="2" CELLSPACING="0">
 <TR><TD COLSPAN="3" CLASS="boxtitle" BGCOLOR="#B30000">&nbsp;<FONT COLOR="#FFFFFF"><B>GIÁ VÀNG - NGOẠI TỆ</B></FONT></TD></TR>
 <TR><TD><I>Loại</I></TD><TD ALIGN="right"><I>Mua</I></TD><TD ALIGN="right"><I>Bán</I></TD></TR>
<TR><TD CLASS="giavang">SJC Hải Phòng</TD><TD ALIGN="right">61.150</TD><TD ALIGN="right">61.850</TD></TR>
<TR><TD CLASS="giavang">Nhẫn tròn 9999</TD><TD ALIGN="right">52.900</TD><TD ALIGN="right">53.600</TD></TR>
<TR><TD CLASS="giavang">Vàng nữ trang 24K</TD><TD ALIGN="right">52.450</TD><TD ALIGN="right">53.250</TD></TR>
<TR><TD CLASS="giavang">USD</TD><TD ALIGN="right">22.580</TD><TD ALIGN="right">22.860</TD></TR>
<TR><TD CLASS="giavang">EUR</TD><TD ALIGN="right">25.412</TD><TD ALIGN="right">26.684</TD></TR>
<TR><TD CLASS="giavang">JPY</TD><TD ALIGN="right">192,47</TD><TD ALIGN="right">203,73</TD></TR>
 <TR><TD COLSPAN="3"><FONT SIZE="1" COLOR="#999999">Đơn vị: nghìn đồng/lượng</FONT></TD></TR>
 </TABLE>
 <BR>
 <TABLE WIDTH="100%" BORDER="0"><TR><TD CLASS="weather" ALIGN="center"><B>THỜI TIẾT</B><BR>Hải Phòng: 12 - 16&deg;C<BR>Trời rét, có mưa phùn</TD></TR></TABLE>
</TD>
<TD WIDTH="10"><IMG SRC="images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>
<TD WIDTH="580" VALIGN="top">
 <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
 <TR><TD HEIGHT="28" CLASS="path"><A HREF="index.php">Trang chủ</A> &gt;&gt; <A HREF="chuyen-muc.php?cat=7">Quốc tế</A></TD></TR>
 <TR><TD><IMG SRC="images/spacer.gif" WIDTH="1" HEIGHT="6"></TD></TR>
 <TR><TD CLASS="title">Cuộc họp Hội đồng NATO - Nga khép lại với nhiều bất đồng</TD></TR>
 <TR><TD CLASS="date"><FONT COLOR="#888888">Thứ Năm, 13/01/2022 06:45</FONT></TD></TR>
 <TR><TD><IMG SRC="images/spacer.gif" WIDTH="1" HEIGHT="8"></TD></TR>
 <TR><TD CLASS="sapo"><B>Cuộc h&#7885;p c&#7911;a Hội đ&#7891;ng NATO - Nga (NRC) l&#7847;n đầu tiên sau hơn hai năm, di&#7877;n ra tại Brussels (B&#7881;) ngày 12/1, đã kết thúc sau kho&#7843;ng 4 tiếng, với việc hai bên đều thừa nh&#7853;n vẫn còn những khác bi&#7879;t l&#7899;n về vấn đề an ninh châu Âu.</B></TD></TR>
 <TR><TD><IMG SRC="images/spacer.gif" WIDTH="1" HEIGHT="8"></TD></TR>
 <TR><TD CLASS="content">
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Phái đoàn Nga tham dự cuộc họp do Thứ trưởng Ngo&#7841;i giao Alexander Grushko và Thứ trư&#7903;ng Quốc phòng Alexander Fomin dẫn đầu.&nbsp; Phía NATO có đ&#7841;i diện của 30 nư&#7899;c thành viên, trong đó phái đoàn M&#7929; do Thứ trư&#7903;ng Ngoại giao Wendy Sherman dẫn đầu.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Tại cuộc họp báo sau phiên th&#7843;o luận, Tổng Thư ký NATO Jens Stoltenberg cho bi&#7871;t các nước đồng minh sẵn sàng đối thoại v&#7899;i Nga về kiểm soát vũ khí, minh bạch trong hoạt động quân sự và giảm thiểu r&#7911;i ro, nhưng sẽ không th&#7887;a hiệp v&#7873; các nguyên t&#7855;c cốt lõi, trong đó có quy&#7873;n c&#7911;a mỗi quốc gia được t&#7921; lựa ch&#7885;n con đường của mình.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;“Giữa các đồng minh NATO và Nga đang tồn tại những khác biệt đáng kể.&nbsp; Những khác biệt này sẽ không dễ thu hẹp”, ông Stoltenberg nói.&nbsp; Ông cho biết NATO đề xu&#7845;t tổ chức thêm m&#7897;t lo&#7841;t cuộc gặp đ&#7875; th&#7843;o luận chi tiết hơn, song phía Nga chưa đ&#7891;ng ý v&#7899;i l&#7883;ch trình cụ th&#7875;.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Ngư&#7901;i đ&#7913;ng đầu NATO cũng c&#7843;nh báo nguy cơ xung đ&#7897;t vũ trang ở châu Âu là có thật và kêu gọi Moscow gi&#7843;m căng thẳng bằng cách rút l&#7921;c lư&#7907;ng khỏi khu vực gần biên giới Ukraine.
<TABLE ALIGN="center" WIDTH="500" BORDER="0" CELLPADDING="3" CELLSPACING="0" CLASS="image">
<TR><TD ALIGN="center"><IMG SRC="upload/2022/01/13/stoltenberg-nrc.jpg" WIDTH="500" BORDER="0" ALT="Stoltenberg NRC"></TD></TR>
<TR><TD ALIGN="center" CLASS="caption"><FONT SIZE="1"><I>Tổng Thư ký NATO Jens Stoltenberg phát bi&#7875;u t&#7841;i cu&#7897;c h&#7885;p báo sau phiên họp H&#7897;i đồng NATO - Nga ở Brussels.&nbsp; (&#7842;nh: Reuters)</I></FONT></TD></TR>
</TABLE>
<P ALIGN="justify"><B>Nga cảnh báo “h&#7853;u quả khó lư&#7901;ng”</B>
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Phát bi&#7875;u với báo giới sau cuộc h&#7885;p, Thứ trư&#7903;ng Grushko cho r&#7857;ng NATO đang tiếp cận v&#7845;n đề an ninh châu Âu theo lối tư duy th&#7901;i Chiến tranh Lạnh.&nbsp; Ông cảnh báo nếu liên minh tiếp tục chính sách &#8220;răn đe và ki&#7873;m ch&#7871;”, Nga sẽ đáp trả bằng các biện pháp tương x&#7913;ng.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;“Nếu có ai đó tìm kiếm điểm yếu trong h&#7879; th&#7889;ng phòng th&#7911; của Nga, chúng tôi cũng s&#7869; tìm điểm yếu c&#7911;a NATO”, ông Grushko tuyên bố, đồng thời nhấn m&#7841;nh việc hạ thấp các rủi ro quân s&#7921; là l&#7907;i ích chung c&#7911;a cả hai bên.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Thứ trưởng Fomin thì bác bỏ những cáo buộc cho r&#7857;ng Nga đang chuẩn bị tấn công Ukraine, gọi đó là “hoàn toàn vô căn cứ&#8221;.&nbsp; Theo ông, các ho&#7841;t đ&#7897;ng hu&#7845;n luyện c&#7911;a quân đ&#7897;i Nga di&#7877;n ra trên lãnh th&#7893; nước này và không đe d&#7885;a b&#7845;t kỳ ai.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Về phía Mỹ, bà Sherman cho biết Washington và các đ&#7891;ng minh đã nói rõ với Nga rằng những đề xu&#7845;t như chấm dứt vi&#7879;c m&#7903; r&#7897;ng NATO là &#8220;không th&#7875; ch&#7845;p nhận”.&nbsp; Bà nh&#7853;n định vẫn chưa rõ liệu Moscow có th&#7921;c s&#7921; muốn đi theo con đường ngoại giao hay không.
<P ALIGN="justify">&nbsp;&nbsp;&nbsp;&nbsp;Cuộc họp t&#7841;i Brussels là vòng đàm phán thứ hai trong tuần, sau cuộc đối tho&#7841;i Nga - M&#7929; t&#7841;i Geneva hôm 10/1.&nbsp; Ngày 13/1, các bên s&#7869; tiếp tục g&#7863;p nhau tại phiên họp Hội đ&#7891;ng thường trực OSCE &#7903; Vienna (Áo).

<P ALIGN="right"><B>Hoàng Anh</B> (theo TTXVN, Reuters)
 </TD></TR>
 <TR><TD ALIGN="right" HEIGHT="30"><A HREF="javascript:openPrint(238812)"><IMG SRC="images/print.gif" BORDER="0">&nbsp;In bài</A>&nbsp;&nbsp;<A HREF="javascript:sendMail(238812)"><IMG SRC="images/mail.gif" BORDER="0">&nbsp;Gửi cho bạn bè</A>&nbsp;&nbsp;<A HREF="#top">Về đầu trang</A></TD></TR>
 <TR><TD><IFRAME SRC="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fbaohaiphong.com.vn%2Fxem-tin.php%3Fid%3D238812&amp;layout=button_count" WIDTH="150" HEIGHT="21" FRAMEBORDER="0" SCROLLING="no"></IFRAME></TD></TR>
 <TR><TD CLASS="boxtitle" HEIGHT="24" BGCOLOR="#EEEEEE">&nbsp;<B>CÁC TIN KHÁC</B></TD></TR>
 <TR><TD><TABLE WIDTH="100%" BORDER="0" CELLPADDING="2" CELLSPACING="0">
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238700&amp;cat=quoc-te">NATO điều thêm tàu chiến tới biển Baltic</A> <FONT COLOR="#999999">(12/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238713&amp;cat=quoc-te">Nga, Mỹ kết thúc vòng đàm phán an ninh tại Geneva</A> <FONT COLOR="#999999">(11/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238726&amp;cat=quoc-te">Ông Lavrov: Nga không chấp nhận “tối hậu thư” của phương Tây</A> <FONT COLOR="#999999">(10/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238739&amp;cat=quoc-te">Kazakhstan dỡ bỏ tình trạng khẩn cấp tại thủ đô Nur-Sultan</A> <FONT COLOR="#999999">(12/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238752&amp;cat=quoc-te">Tổng thống Biden: Mỹ sẵn sàng đáp trả nếu Nga tấn công Ukraine</A> <FONT COLOR="#999999">(09/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238765&amp;cat=quoc-te">Đức kêu gọi khôi phục tiến trình Normandy</A> <FONT COLOR="#999999">(11/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238778&amp;cat=quoc-te">OSCE họp về an ninh châu Âu tại Vienna</A> <FONT COLOR="#999999">(12/01/2022)</FONT></TD></TR>
<TR><TD CLASS="tinkhac">&nbsp;<IMG SRC="images/arrow.gif">&nbsp;<A HREF="xem-tin.php?id=238791&amp;cat=quoc-te">Ba Lan tiếp nhận vai trò Chủ tịch OSCE năm 2022</A> <FONT COLOR="#999999">(08/01/2022)</FONT></TD></TR>
 </TABLE></TD></TR>
 <TR><TD ALIGN="center" HEIGHT="30"><A HREF="chuyen-muc.php?cat=7&amp;page=2">Xem tiếp các tin Quốc tế &gt;&gt;</A></TD></TR>
 </TABLE>
</TD>
<TD WIDTH="10"><IMG SRC="images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>
<TD WIDTH="200" VALIGN="top">
 <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
 <TR><TD CLASS="boxtitle" BGCOLOR="#B30000" HEIGHT="24">&nbsp;<FONT COLOR="#FFFFFF"><B>TIN ĐỌC NHIỀU</B></FONT></TD></TR>
<TR><TD CLASS="docnhieu"><B>1.</B>&nbsp;<A HREF="xem-tin.php?id=238000">Hải Phòng chi hơn 1.000 tỷ đồng chỉnh trang đô thị đón Tết</A></TD></TR>
<TR><TD CLASS="docnhieu"><B>2.</B>&nbsp;<A HREF="xem-tin.php?id=238051">Cảng Hải Phòng đón tàu container lớn nhất từ trước tới nay</A></TD></TR>
<TR><TD CLASS="docnhieu"><B>3.</B>&nbsp;<A HREF="xem-tin.php?id=238102">Giá vàng hôm nay 13/1 tiếp tục tăng</A></TD></TR>
<TR><TD CLASS="docnhieu"><B>4.</B>&nbsp;<A HREF="xem-tin.php?id=238153">Hải Phòng: Thêm 412 ca mắc COVID-19 trong ngày 12/1</A></TD></TR>
<TR><TD CLASS="docnhieu"><B>5.</B>&nbsp;<A HREF="xem-tin.php?id=238204">Cầu Hoàng Văn Thụ thông xe toàn tuyến</A></TD></TR>
<TR><TD CLASS="docnhieu"><B>6.</B>&nbsp;<A HREF="xem-tin.php?id=238255">Lễ hội chọi trâu Đồ Sơn dừng tổ chức năm 2022</A></TD></TR>
 </TABLE>
 <BR>
 <TABLE WIDTH="100%" BORDER="0"><TR><TD ALIGN="center"><A HREF="quang-cao.php?id=31" TARGET="_blank"><IMG SRC="banner/qc_vinhomes_200x300.jpg" WIDTH="200" HEIGHT="300" BORDER="0" ALT="Quảng cáo"></A></TD></TR>
 <TR><TD ALIGN="center"><FONT SIZE="1" COLOR="#999999">Quảng cáo</FONT></TD></TR></TABLE>
 <BR>
 <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD CLASS="boxtitle" BGCOLOR="#B30000">&nbsp;<FONT COLOR="#FFFFFF"><B>BÁO IN</B></FONT></TD></TR>
 <TR><TD ALIGN="center"><A HREF="bao-in.php"><IMG SRC="upload/baoin/2022-01-13.jpg" WIDTH="180"></A><BR>Số 20322 - Thứ Năm, 13/01/2022</TD></TR></TABLE>
</TD>
</TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" CELLPADDING="6" CELLSPACING="0" BGCOLOR="#B30000">
<TR><TD ALIGN="center" CLASS="footer"><FONT COLOR="#FFFFFF">
<B>BÁO HẢI PHÒNG ĐIỆN TỬ</B><BR>
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng<BR>
Giấy phép số 145/GP-BTTTT cấp ngày 12/4/2017<BR>
Tòa soạn: Số 5 Trần Hưng Đạo, quận Hồng Bàng, TP Hải Phòng - Điện thoại: (0225) 3842.699 - Fax: (0225) 3842.451<BR>
Ghi rõ nguồn “Báo Hải Phòng” khi phát hành lại thông tin từ website này<BR>
Thiết kế bởi Trung tâm Tin học - Báo Hải Phòng. Hiển thị tốt nhất với độ phân giải 1024 x 768
</FONT></TD></TR>
</TABLE>
</CENTER>
</BODY>
</HTML>
