<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Báo Đà Nẵng điện tử - NATO chưa thấy dấu hiệu Nga giảm leo thang quân sự
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="Tổng Thư ký NATO Jens Stoltenberg ngày 15/2 cho biết liên minh chưa ghi nhận bất kỳ dấu hiệu giảm leo thang nào trên thực địa, dù Nga tuyên bố rút một phần lực lượng về căn cứ sau tập trận." />
<meta name="keywords" content="Báo Đà Nẵng, Đà Nẵng, tin tức Đà Nẵng, NATO, Nga, Ukraine" />
<meta property="og:title" content="NATO chưa thấy dấu hiệu Nga giảm leo thang quân sự" />
<meta property="og:description" content="Tổng Thư ký NATO Jens Stoltenberg ngày 15/2 cho biết liên minh chưa ghi nhận bất kỳ dấu hiệu giảm leo thang nào trên thực địa, dù Nga tuyên bố rút một phần lực lượng về căn cứ sau tập trận." />
<meta property="og:url" content="https://baodanang.vn/channel/5413/202202/nato-chua-thay-dau-hieu-nga-giam-leo-thang-quan-su-3903125/" />
<meta property="og:image" content="https://baodanang.vn/dataimages/202202/original/images1602123_stoltenberg.jpg" />
<meta property="og:site_name" content="Báo Đà Nẵng điện tử" />
<meta property="fb:app_id" content="356473281438921" />
<link href="/App_Themes/Default/css/style.css" rel="stylesheet" type="text/css" />
<link href="/App_Themes/Default/css/menu.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<style type="text/css">
body { margin: 0px; font-family: Arial, Tahoma, Verdana, sans-serif; font-size: 12px; background: #e9e9e9 url(/App_Themes/Default/images/bg_body.gif) repeat-x; }
.title { font-family: Arial; font-size: 22px; font-weight: bold; color: #0b4a8b; line-height: 28px; display: block; }
.date { font-size: 11px; color: #888888; }
.detail { font-size: 14px; line-height: 20px; text-align: justify; }
.image_desc { font-style: italic; font-size: 12px; color: #333333; text-align: center; background: #f1f1f1; }
.menu_link figure {
  padding:10px 0;
  float:right;
  bottom:0;
  margin-bottom:15px;
  float:left;
}
.link_tin time {
  border-bottom:1px solid #e5e5e5;
  font-size:13px;
  background-image:url(/images/sprite-4.png);
}
.date {
  -webkit-box-orient:vertical;
  transition:all .3s ease;
  padding:0;
  height:auto;
  right:0;
  color:#fff;
  text-transform:uppercase;
  font-family:Arial,Helvetica,sans-serif;
}
.title p {
  justify-content:space-between;
  font-weight:400;
  letter-spacing:.2px;
  font-size:14px;
}
.so figure {
  background:#fff;
  border:1px solid #ddd;
  display:flex;
  opacity:.8;
  display:inline-block;
  top:0;
  font-family:Arial,Helvetica,sans-serif;
}
.weather p:first-child {
  padding:0;
  transition:all .3s ease;
}
.date time {
  color:#333;
  font-size:16px;
  color:#999;
  bottom:0;
  position:absolute;
}
.title_cung i:after {
  color:#333;
  padding:8px 12px;
  z-index:9;
  border-radius:4px;
  bottom:0;
  line-height:1.5;
}
.menu_item:hover {
  bottom:0;
  max-width:1160px;
  position:relative;
  text-transform:uppercase;
  margin-top:20px;
  float:left;
  background-image:url(/images/sprite-4.png);
}
.box_title:last-child {
  margin:0;
  transition:all .3s ease;
}
.list_item {
  -webkit-line-clamp:3;
  background-color:#eee;
  justify-content:space-between;
  transition:all .3s ease;
  -webkit-box-orient:vertical;
}
.image h3 {
  transition:all .3s ease;
  margin-bottom:15px;
  text-transform:uppercase;
  border-radius:4px;
  right:0;
  margin-top:20px;
  font-weight:400;
}
.image_desc {
  right:0;
  justify-content:space-between;
}
.title_cung p {
  overflow:hidden;
  font-size:14px;
  height:auto;
  position:absolute;
  transition:all .3s ease;
}
.menu_link {
  font-size:16px;
  margin:0;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.box_title ul,.weather span {
  bottom:0;
  font-size:14px;
  margin-top:20px;
  line-height:1.5;
  float:left;
  font-size:13px;
  background-image:url(/images/sprite-8.png);
}
.menu_link img {
  line-height:1.5;
  -webkit-box-orient:vertical;
  line-height:1.35;
  flex-wrap:wrap;
  background-color:#eee;
  object-fit:cover;
  background-image:url(/images/sprite-2.png);
}
.so div {
  height:auto;
  right:0;
  transition:all .3s ease;
  display:none;
  margin-bottom:15px;
  font-size:16px;
}
.so span:before {
  text-overflow:ellipsis;
  position:absolute;
  height:auto;
  line-height:22px;
  display:block;
}
.image_desc div {
  border-radius:4px;
  font-size:13px;
  z-index:9;
  padding:0;
  display:block;
  right:0;
}
.box_title div {
  white-space:nowrap;
  top:0;
  font-size:13px;
  right:0;
}
.date_list h3:first-child {
  background:#fff;
  position:relative;
  padding:10px 0;
  font-weight:700;
  background:#f5f5f5;
  display:flex;
  position:absolute;
}
.ticker {
  border-bottom:1px solid #e5e5e5;
  color:#fff;
  font-weight:700;
  background-color:#eee;
  clear:both;
  padding:10px 0;
  flex-wrap:wrap;
  background-image:url(/images/sprite-3.png);
}
.detail {
  font-size:13px;
  display:block;
  border-radius:4px;
  float:right;
  font-weight:400;
}
.menu_link a {
  align-items:center;
  line-height:1.5;
  font-size:14px;
  display:inline-block;
}
.so i {
  cursor:pointer;
  padding:8px 12px;
  color:#666;
  display:flex;
  width:100%;
}
.link_tin:before {
  cursor:pointer;
  font-weight:700;
  bottom:0;
}
.menu_link .menu_item {
  max-width:1160px;
  float:left;
  display:none;
  align-items:center;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.menu_item time,.so span {
  justify-content:space-between;
  overflow:hidden;
  -webkit-box-orient:vertical;
  position:absolute;
  font-weight:400;
  display:none;
}
.footer div {
  line-height:1.35;
  font-size:24px;
  color:#fff;
  letter-spacing:.2px;
  object-fit:cover;
  text-align:center;
  background:#f5f5f5;
}
.docnhieu_item span {
  align-items:center;
  border-radius:4px;
  display:inline-block;
  line-height:1.5;
  padding:8px 12px;
  text-transform:uppercase;
}
.box_title,.detail i {
  max-width:1160px;
  margin-bottom:15px;
  border:1px solid #ddd;
  float:right;
  margin-top:20px;
  border-radius:4px;
}
.ticker p {
  position:relative;
  color:#fff;
}
.so a {
  flex-wrap:wrap;
  color:#222;
  display:none;
  font-family:"Noto Serif",Georgia,"Times New Roman",serif;
}
.docnhieu_item figure,.so h3 {
  color:#666;
  overflow:hidden;
  object-fit:cover;
  bottom:0;
  color:#222;
}
.submenu figure {
  opacity:.8;
  bottom:0;
  -webkit-line-clamp:3;
  flex-wrap:wrap;
  background:#f5f5f5;
  left:0;
  cursor:pointer;
  background-image:url(/images/sprite-1.png);
}
.so figure {
  clear:both;
  float:left;
  line-height:1.35;
  opacity:.8;
}
.banner_right h3 {
  -webkit-box-orient:vertical;
  border:1px solid #ddd;
  justify-content:space-between;
  border-radius:4px;
  white-space:nowrap;
  flex-wrap:wrap;
}
.footer_text p,.footer_text a {
  max-width:1160px;
  display:block;
  font-size:14px;
  color:#999;
  padding:8px 12px;
  text-decoration:none;
  text-align:center;
  background-image:url(/images/sprite-3.png);
}
.docnhieu_item:hover {
  line-height:1.35;
  display:none;
  width:100%;
  right:0;
  text-overflow:ellipsis;
  margin:0;
  justify-content:space-between;
}
.docnhieu_item div {
  float:left;
  position:relative;
  opacity:.8;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.list_item,.menu_item img {
  margin-top:20px;
  z-index:9;
  display:block;
  padding:0;
  color:#fff;
  justify-content:space-between;
}
.box_title a:before,.link_tin div {
  background-color:#eee;
  bottom:0;
  flex-wrap:wrap;
  display:block;
  border-bottom:1px solid #e5e5e5;
  object-fit:cover;
}
.link_tin i {
  text-decoration:none;
  float:left;
  clear:both;
  display:block;
  top:0;
  margin-top:20px;
  margin-bottom:15px;
}
.date a,.weather h3 {
  padding:0;
  margin-bottom:15px;
  margin:0;
  border:1px solid #ddd;
  max-width:1160px;
  background:#fff;
}
.date:not(:last-child) {
  text-transform:uppercase;
  border-radius:4px;
}
.docnhieu_item div {
  display:flex;
  right:0;
  text-decoration:none;
}
.image,.weather h2 {
  object-fit:cover;
  clear:both;
  border-radius:4px;
  max-width:1160px;
  letter-spacing:.2px;
  padding:0;
  text-transform:uppercase;
}
.link_tin a {
  height:auto;
  color:#222;
}
.title time,.detail i {
  display:none;
  padding:8px 12px;
  float:left;
  -webkit-line-clamp:3;
}
.image time:first-child {
  font-size:16px;
  max-width:1160px;
}
.title:last-child {
  bottom:0;
  justify-content:space-between;
  font-size:24px;
}
.sapo {
  display:flex;
  color:#222;
  cursor:pointer;
  width:100%;
  display:none;
  background-image:url(/images/sprite-1.png);
}
.sapo ul:after,.tin_cung ul {
  font-size:24px;
  margin:0 auto;
  float:right;
  height:auto;
  width:100%;
  margin-top:20px;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
  background-image:url(/images/sprite-1.png);
}
.menu_item {
  -webkit-box-orient:vertical;
  display:block;
  top:0;
  font-size:14px;
  border-bottom:1px solid #e5e5e5;
  line-height:1.5;
}
.footer {
  right:0;
  -webkit-line-clamp:3;
  font-weight:700;
}
.submenu p {
  margin-top:20px;
  letter-spacing:.2px;
  position:absolute;
  font-weight:700;
  padding:10px 0;
  font-family:"Noto Serif",Georgia,"Times New Roman",serif;
}
.footer_text {
  object-fit:cover;
  width:100%;
}
.sapo h3 {
  font-size:18px;
  height:auto;
  white-space:nowrap;
  display:inline-block;
  text-overflow:ellipsis;
  width:100%;
  border-bottom:1px solid #e5e5e5;
  background-image:url(/images/sprite-7.png);
}
.tin_cung i:first-child,.date_list span {
  border:1px solid #ddd;
  opacity:.8;
  line-height:22px;
  color:#fff;
  text-align:center;
  color:#333;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.banner_right img,.date p {
  text-decoration:none;
  text-overflow:ellipsis;
  font-weight:400;
  background:#fff;
  padding:0;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.title_cung h3 {
  float:right;
  object-fit:cover;
  top:0;
  left:0;
}
.ticker div {
  -webkit-box-orient:vertical;
  border:1px solid #ddd;
  z-index:9;
}
.docnhieu_item p {
  font-size:16px;
  margin:0;
  white-space:nowrap;
  line-height:1.35;
}
.so li:first-child {
  clear:both;
  background:#f5f5f5;
  border-bottom:1px solid #e5e5e5;
  top:0;
  padding:10px 0;
}
.date figure:first-child {
  font-weight:400;
  padding:8px 12px;
  color:#222;
  padding:10px 0;
}
.box_title h3 {
  position:relative;
  overflow:hidden;
  display:flex;
  color:#fff;
  right:0;
  margin:0 auto;
}
.ticker:before {
  white-space:nowrap;
  padding:8px 12px;
  cursor:pointer;
  line-height:1.5;
  max-width:1160px;
  text-decoration:none;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.so h2 {
  display:flex;
  font-size:16px;
  font-weight:400;
  left:0;
  object-fit:cover;
}
.date_list:first-child,.ticker h2 {
  text-decoration:none;
  float:left;
  display:none;
  cursor:pointer;
}
.detail i {
  display:none;
  border-radius:4px;
  background:#fff;
  color:#666;
  text-decoration:none;
  align-items:center;
}
.title a {
  font-weight:700;
  white-space:nowrap;
  background:#fff;
  float:right;
  z-index:9;
  height:auto;
  text-align:center;
  font-family:"Noto Serif",Georgia,"Times New Roman",serif;
  background-image:url(/images/sprite-9.png);
}
.footer_text figure:after {
  height:auto;
  justify-content:space-between;
}
.banner_right {
  color:#333;
  opacity:.8;
  margin-top:20px;
  color:#222;
  line-height:1.35;
  display:flex;
  display:none;
}
.tin_cung {
  opacity:.8;
  transition:all .3s ease;
  color:#999;
  text-decoration:none;
  text-align:center;
  z-index:9;
  text-transform:uppercase;
}
.footer {
  padding:8px 12px;
  cursor:pointer;
  margin-bottom:15px;
  line-height:1.5;
  font-size:18px;
  max-width:1160px;
  font-size:14px;
  background-image:url(/images/sprite-4.png);
}
.submenu span,.footer_text h3 {
  position:absolute;
  white-space:nowrap;
  color:#666;
  font-size:24px;
  position:relative;
  background-image:url(/images/sprite-6.png);
}
.detail {
  text-transform:uppercase;
  color:#999;
}
.submenu li {
  border:1px solid #ddd;
  max-width:1160px;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.sapo p:before {
  cursor:pointer;
  font-weight:700;
}
.title .weather {
  border:1px solid #ddd;
  font-weight:400;
  background-image:url(/images/sprite-5.png);
}
.date_list {
  font-weight:400;
  text-overflow:ellipsis;
  clear:both;
  float:left;
  color:#fff;
  font-size:24px;
  font-size:13px;
}
.date span {
  object-fit:cover;
  line-height:22px;
  padding:0;
  transition:all .3s ease;
  margin:0 auto;
  float:left;
  font-size:13px;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.title_cung {
  text-transform:uppercase;
  right:0;
  text-align:center;
}
.so:before {
  padding:10px 0;
  float:right;
  -webkit-box-orient:vertical;
  right:0;
}
.title .date {
  line-height:1.35;
  font-weight:700;
  background:#f5f5f5;
  font-weight:400;
  font-family:Arial,Helvetica,sans-serif;
}
.date {
  display:flex;
  border:1px solid #ddd;
  line-height:1.35;
  font-family:Arial,Helvetica,sans-serif;
}
.menu_item {
  position:absolute;
  border-radius:4px;
  position:relative;
  font-size:14px;
  margin-top:20px;
  border:1px solid #ddd;
  color:#999;
}
.footer_text time,.weather img {
  left:0;
  position:relative;
  font-size:13px;
  font-weight:700;
  color:#666;
  display:none;
  text-align:center;
  font-family:Roboto,"Segoe UI",Tahoma,sans-serif;
}
.submenu {
  position:relative;
  font-size:13px;
  border-bottom:1px solid #e5e5e5;
  text-transform:uppercase;
}
.box_title:after {
  text-decoration:none;
  font-size:13px;
  color:#666;
  background-image:url(/images/sprite-8.png);
}
.link_tin span {
  position:relative;
  font-weight:700;
  border-radius:4px;
  text-overflow:ellipsis;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.date_list h2 {
  font-size:24px;
  display:inline-block;
  margin-bottom:15px;
  color:#666;
  line-height:1.35;
}
.so figure,.tin_cung time {
  padding:8px 12px;
  margin-bottom:15px;
  font-size:18px;
}
.menu_link i {
  left:0;
  line-height:22px;
  color:#fff;
  font-size:14px;
  flex-wrap:wrap;
  font-family:Arial,Helvetica,sans-serif;
}
.banner_right time {
  line-height:22px;
  padding:8px 12px;
  line-height:1.35;
  letter-spacing:.2px;
  transition:all .3s ease;
}
.weather figure:not(:last-child) {
  letter-spacing:.2px;
  border-radius:4px;
  line-height:1.35;
  opacity:.8;
  width:100%;
  display:flex;
  background-image:url(/images/sprite-9.png);
}
.list_item,.menu_item div {
  color:#333;
  margin:0;
  font-weight:400;
  object-fit:cover;
  letter-spacing:.2px;
  top:0;
}
.title_cung {
  font-weight:700;
  -webkit-box-orient:vertical;
  color:#333;
  opacity:.8;
}
.banner_right:not(:last-child) {
  color:#333;
  line-height:1.5;
  padding:0;
  display:flex;
}
.sapo h2 {
  left:0;
  text-decoration:none;
  float:left;
}
.footer h3 {
  background:#f5f5f5;
  -webkit-line-clamp:3;
}
.detail {
  color:#222;
  font-size:16px;
  color:#fff;
  justify-content:space-between;
  opacity:.8;
  top:0;
  float:right;
  font-family:"Noto Serif",Georgia,"Times New Roman",serif;
}
.so li {
  left:0;
  max-width:1160px;
  flex-wrap:wrap;
  transition:all .3s ease;
  color:#333;
  background:#fff;
  background-image:url(/images/sprite-5.png);
}
.banner_right,.ticker li {
  margin-bottom:15px;
  margin:0;
  color:#222;
  color:#666;
  line-height:22px;
}
.so {
  bottom:0;
  -webkit-box-orient:vertical;
  max-width:1160px;
  padding:0;
  color:#fff;
  text-decoration:none;
  color:#999;
  background-image:url(/images/sprite-2.png);
}
.title i,.tin_cung span {
  border:1px solid #ddd;
  font-size:24px;
  color:#999;
  float:right;
  display:block;
}
.footer:last-child,.title_cung ul {
  color:#666;
  margin:0;
  border-bottom:1px solid #e5e5e5;
  height:auto;
  color:#222;
  color:#fff;
  padding:8px 12px;
}
.title i {
  position:relative;
  font-size:13px;
  background-color:#eee;
  top:0;
  font-size:24px;
  right:0;
  justify-content:space-between;
  font-family:Arial,Helvetica,sans-serif;
}
.menu_item li {
  font-size:16px;
  display:flex;
  display:block;
  align-items:center;
  opacity:.8;
  text-transform:uppercase;
}
.list_item {
  text-transform:uppercase;
  font-size:13px;
  display:block;
  letter-spacing:.2px;
  -webkit-box-orient:vertical;
  z-index:9;
}
.ticker p {
  right:0;
  margin-bottom:15px;
  padding:0;
  display:none;
  line-height:1.5;
  background-image:url(/images/sprite-7.png);
}
.image_desc,.detail h3 {
  margin-top:20px;
  font-size:13px;
  position:relative;
  white-space:nowrap;
  justify-content:space-between;
  text-align:center;
}
.submenu i {
  top:0;
  overflow:hidden;
  margin-top:20px;
  font-size:18px;
  font-weight:400;
  height:auto;
  background-image:url(/images/sprite-2.png);
}
.banner_right li {
  float:left;
  font-size:18px;
  font-weight:400;
  align-items:center;
  position:relative;
  flex-wrap:wrap;
  top:0;
}
.so img {
  border-radius:4px;
  float:right;
  font-size:16px;
  justify-content:space-between;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.banner_right,.banner_right a {
  width:100%;
  color:#fff;
  overflow:hidden;
  font-weight:400;
  font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
}
.menu_link i,.menu_item img {
  background:#fff;
  right:0;
  border-bottom:1px solid #e5e5e5;
}
.menu_link time {
  height:auto;
  object-fit:cover;
  clear:both;
  bottom:0;
  color:#999;
}
.image_desc {
  text-overflow:ellipsis;
  font-size:18px;
  display:flex;
}
.title_cung a:last-child,.date_list time {
  float:left;
  clear:both;
}
.menu_link {
  width:100%;
  color:#222;
  float:right;
  color:#333;
  display:inline-block;
  text-decoration:none;
  color:#999;
}
.title_cung h3,.link_tin span {
  color:#fff;
  cursor:pointer;
  margin-top:20px;
  border-bottom:1px solid #e5e5e5;
}
.ticker figure:last-child {
  text-decoration:none;
  padding:10px 0;
  object-fit:cover;
  width:100%;
  -webkit-line-clamp:3;
}
.weather {
  padding:10px 0;
  border-radius:4px;
  overflow:hidden;
}
.date,.sapo i {
  text-transform:uppercase;
  color:#666;
  line-height:1.35;
  flex-wrap:wrap;
  padding:10px 0;
  margin-bottom:15px;
}
.banner_right h2 {
  display:flex;
  top:0;
  border-bottom:1px solid #e5e5e5;
  letter-spacing:.2px;
  font-size:16px;
  line-height:1.35;
}
.submenu i:last-child {
  color:#999;
  border-bottom:1px solid #e5e5e5;
  text-decoration:none;
  font-size:14px;
}
.ticker {
  text-overflow:ellipsis;
  z-index:9;
  max-width:1160px;
  border-bottom:1px solid #e5e5e5;
  border:1px solid #ddd;
  font-size:24px;
}
.menu_link,.menu_link li {
  cursor:pointer;
  border:1px solid #ddd;
  margin:0 auto;
  padding:10px 0;
  top:0;
  -webkit-line-clamp:3;
  background:#f5f5f5;
}
</style>
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
function ShowDate() { var d = new Date(); var thu = new Array("Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"); document.write(thu[d.getDay()] + ", " + d.getDate() + "/" + (d.getMonth()+1) + "/" + d.getFullYear()); }
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-11287531-1']); _gaq.push(['_trackPageview']);
(function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</script>
</head>
<body onload="MM_preloadImages('/App_Themes/Default/images/menu_over.gif')">
<form name="aspnetForm" method="post" action="./index.aspx?channel=5413&amp;id=3903125" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM2NzQ5ODc1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAgIBDxYCHgRUZXh0BTROQVRPIGNow7BhIHRo4bqleSHu3sR685UXmCq0rMxL1I/bEbS22pQ2AJW3OuuKtJGpmcprd/YoM45DCHG6VAHmrDI2DRtd4RAko7y6wf1LX01tJbtxTprCEBdDIZ/G7YOI3BM+Eko38zcxeTXZmGyi/DJEl07v4tkzdLsH9J6EeNIR6ozQEZL/dYoaalM5E0tzdIps88FoP92EXfz83/6fiZmlxKqBgwiShaRBBpUr0ubwvpYKdRw7g5IUl7CL97R+2l8UnITbCmwaBnVFFeaF/kpdGoIkH+q6S4TzDwdpX7awRZlu1GfBC6mFDzCXOY9/KnFhqycB3ugti2i7tdB7gDH+Xh4GpTo2VbXY9Y9nNsq+JJ28aIDlcvFRmZ4LqV/f4zuzLPem5p6q5M5E+56ChtcsyCPDbbWWpoEzqsVSnBBc0TBEX5ITPN5sFMd7Dv3+UJIR9kDNAzYAR2PdMObFDbYvo8A+jpm8nBYXcuLT2GmGouByaQWM4SG0ZE4L6yu8wVD38daQkQQwpoC8PeHuk1NArBUbtFTsDMdipOfXyNftMalfSjz2VlD3DvE6HBXNuoTLvrICyXiPYLFLpBBtBd/p2Vo3ockAKRv2ZKlUDuu4OOdVWZtg2gG/ZD2y3fzUEt7r3wL4F1oyx1qWSt5n4QMCz32we0lnSQydNXf66bu6ZrfNtiI8kKb0w07+VyrQvsYxrmTuUJEvcWJC3P0VPeffTpQa79l2yDem5sf00OcmpFYsaOV/E4zFvOMAbG5bk5SYrGZD6NXPqkKFiOwYvsCF2jez01ukLr0cTWphcFGZLiY7vFezLzjIrJ3pYt8G0+TLgnsI7KB+8aVkMpcQbAlsZ/Mt6K0wDn3HJhs5On3jbaRuo5rQPbKkAs2jQUtR+XAXrUznHP4bRwYrtk7mC3ZUR/EcDsJ7SeAUgLIcZ00JirnWFSzIbkyFBVzIonJa+hsBv6abyLV6o5Fo4horIlELIkLsb3umCl+iGXys92FOQYzfTWhllH9SNWyr3dREbabm6qTtYPPstD+9D2mOQCwNmN3i7vlw0kdm6twoRDdWJ8l16Z3z0ZjE7bNHbkpvf22Djm90MzN8w5iMxne5NP5XNuzrE/j7R2Q05GPMC+Wnx++i1AQEU1QzN/u2S4POTS0+aIb9jiHkSyZBNSOLfCBALVkoXbAbZOqRrwquzXRXFobF0ipCiZeYbIcfJTYgmvVDMEqLTgmJ+XA0LneT5IDUGAi3nKiCE9PLCB2e5/zSH4kD6h+0WjtGiWgCD1JBU/GsCGH9vwG1h/U3vYYqOr6i3Z/5IiTbvyUprbVtoRQmVXysVX/UCNiD/ft/L/Bv1+0cih0+iM7FgMNEOPV6CW+Px4gke+Td308uKxPsk4KDg/Ii6p+jI0rmYbVf9AiGtJsp1PA5cucEZ7nxEhNV7oyoTe40W4Kv5rDtH3n3K2tXnJI5xA3x8ew6WdgrgPE/cc3O37JTGV2UzqIpnB1wznVgcFf3LITP8tb8Fonv5d+IaAPCLHUEWRF1HgSbhNnBL+HHtYf0WI5vAaaIST9tHH6/4aqEnwZgwxqtDRRymgEOD9R+n8p9lIjHdYvXX5r28j4gnvNGlQ5vEKjI0IO6epPQxcXNzS4ZLpmk8UoB3yHAQCfGNLKBs242a/vvWUdyPklTuBKMrv7TmdV9kuhhP8b3brH6RFn5E5AOMoz+vTjOy7dFB1mnx/7/V7jzDkDMjPLEATrfiVqbVc9mWj3szeYRp8wkOn0/yoCeEBEjoQc0AmhGbXM2VKlF48hgvAconiiWfGNgIgSfNOfxzGPRFksW4V/u9xZTHG6iVYjRX7+QjQReS4Dum1/o7PuV01LxhRHrmIgUjij6CwhK/zQALBBwyRYAJM9rPBrvXFsJj8la43HJn34L0yZDSj4QZADrA3fpevV4qaHKu9u9Vi+WxN1eG8Mr4MUzb7yIiTTtI+xbPXkHWnhMBUPw5TUgvuIMTaToH6lsws1sGqqNCVxLJjHDm7A41An3fkI/yK2G67Px8hoZcSECkxK8k4siR3mqn2fj0zqIzVRE0scBP81DBkZzYX7V4Pg785qVZuKsEQq9WbBQDpicaIy3Fbv2URvmP1lJMXxwZDC/7+YtCPVq697BN2hxbyu0y6DI7BmmMAb6AqsJIv9eA2sW4e+6fTi9NYXLcoMKMgApxQRktbvZs6ZDl+tcClbOHhppcGsESs52/8jfIHSb8BIRMP+zPdvFpgTngTDvAs66unlTSKFAF+Q+qoCaD4rY3DBR86aBbNlRhGAyIL06RSuwJ+UWovUxJMIZZDmf5Ph0sMPyvBf8CKjI7802PlEVenHclPGJNVt3OrcFh06nxvUh6vhpqbZnLypfWyiaooc3qYBHDvoSG2lJKcm9JLPFMzwu9PhJ6KN1dKFbKltpIv9d+AtkRhyoJKNHCaYIQGomI9lbt1ddH9bXIoi4Qz4QTFi34K7vLZwfydvH/hTWsLUEVqTiJzhl/RhancsLaySzqJw01z07yvWRgCiqiAGN4WBQWbhbYOqp+42PSD4DPkgaqT95FGqaKcI6JYBsKxAm4VtOtngMKquT6J4UhXvz7U3XxhFCsQ7ug6JthR8nf+aqk1plVaOZYVZqNEf2caZW+6KPig1CPUJuuhaybJyzd5RlK3L0dHhdQIECV1hzNY41i8KiZ03nZhbN5OwmZBa27cQvllbxNNlGRP/loZijp7AbSsOSCmURUYKKczaHDOFufe3XVgm6XHqJ4rewmWTdocQEnjrWTYAN3VP+EP7BiGCPe9mk8vkIK3hJT4afwNz7MwRUsu9jn3cgDYqpkg386KwzjrK8cOoDDXiXqAe3eYxkU+XzNKg/EUxIolQtN2oamyoSuWFVX62QeKNP3K2XT6QfnsG35JjtRbrxT7Yv3hRFLQpkJCHNtRyWdCMa9bdPdfxdUQdOnnGbrygBrve3UAXmGM1zIuqr50wSPShy2XUsmRDgGDEoFYEVH5vWyeuDrmXkrC5gThS7+ykKEEtKn1mDvSb8okn7bck1Bs0VYH/8IPXPywD7E0pprJDEgul53SmU/gBj3SqLh5VETjw4bznmXpRiVqGb81Xn45ElEljmuHrB0pdmZIz9bkwvRB9SC/PHozTHuMa1s1AY3dmgVps1nqNCAYotoLATiaVlMDuqoNYNZGNPqqz7KPG5714N+zLBlzMdQwHHUx/CzrOw+aUG2zUoxR0XNua2KRxtuS7cio19tn3OtW2FAM4wcEscCafbo07Ex7KYfYPWD9Myx8oKPxWTZN19l6g0jGzY7k7sN+mZnL8UlZZ1bwdPDPVqGvyqatfe4U/wjVXfRHVIuceN9hh6dUu9unww0cw+r6wLX6KVF4JmNi0gjmGpGJksc1fI0lH4Yudjdz/C2raXQcibxQdixCAPW25viuwfciRMW+2YDCaA9qgFEt+VKq9UKlpGIRQAyYNgHz7ZQrJkZgPVJgCl1HfIPhsJQkypodkEyhM3ZJw1zkTaw1oQMgUINdoUTqp1VSsjnjlsZIphAUaj8/1f/V5VOH/H6vZdQwuP3yxPjhCfesZJIBdlm2IaRFHNuRBsfdeB3Zfh0xH2oq3OR11PTN90QHAdAN+E7Vr2UBlZsrBR1X7Sb/pwo40eF6ubkHNI97BTF1MgBtV8MVxTUXvWZNj4WrDGb+ubQr84ti+AJwjOA5czwi8hCkmaswq0mSv5Sk+wqYh4k2l11m7j6r5UJ1mbuUtLCNMYLXLrQNsWo+wrYASnJmVCEvONpcW5M7HW9FILdHhF8JYagSmpAkseeXIHn2GTnqNYnPvc7Nqo0KP5ZSDF557oJ//ybYmMMU3SAkNiEuD8ZORd4aBiDSD4qi8eSOCTXU+vYO9mLHgmTJp0bHNZH7Xgv9l9xsRuNGk2Ko1+iuq7GEwVaz5ctdjMfUqui779eYvaKemVNpbW/tSxqw+T8Admcku534h27li/yDyh0laefAMhCEN9cIGy+tILsLJhxco6b2PCNOyspeX+wH+kIecMy94pOdoPRtkLNWHU31SWrJF6pwdg9q3hLnK+QtO/H/ViocCZFqxHp/NENmfM1EalzF6cZyhPYJhJqbJ645HxYqxk+hv7hDXyM6VbmD6tPxG/1Jpd4WDjDcCqVKidAJVKsdNH4G41aU3PX89hXhELT5AML586BJmF7bEe1GbIE37gCQ2P4wQWZLSYNJRJ7sieg3KP2qzzmp/k1y7kV5eRczG2nRhoJxbwfQFolXx/1tyf81Xvn02MIu4NuW+EJ5FbrwIzRCkHpS8O7rrU/Z+0Gd0ZYJDMhd7OxuQTf+l/4WBNxuAckqCcamncGW4L9g5z1Kgdtwku1DtuuoGunPrWipLDrAnmvJ8In13DLH+mxnIexAsEMNGcewwkejmuNJQh4LFfoHkv581LOdr46HoKVX6Ke+gCLc7iraJcGLZQId9wv5fLZrLUpNPnWvFVjYdGCRZg4EdZzrVNqtpuuTwGjP4EYi7rP5qD4Rd6+GXArNXy0yapf875m2kFEeE4F4n/WTxsizIhYWQtrTechz7gHCdMsTe+RybVniVv6Xp0EseoA0cogeJ0XQiIL42YwRvxKLuEQcrIRwQrxnApiHQB8Y8U33/gX52EgCEcVy5baDGHv0ss0pOIhvGrDe0Z6uFWEOUQFXk4Xc/1W2W1YVcYUkl+R6y6tUNK2SY8GWMoDa/0gQ+evb2pmTa8TZp+sYytSfMLaRAGIBMDWuVUpvzsETrB/LOGCJEp9OLpdWH+w/xn/+uaVV+rVAne5Ki18iNAJpFQ5EVhCb+g3iNWbJy5ugawkFq9dQNaV16+9Z00ceGTequxpzMUOFZCF8LebuSBvkgRliJEfuU47gBzSsF9FS1EhY9g0RADMnny22zBr3rQZGPuKiayxAXfCWPVJc7hwqej6rWqLVa/qaZjLyQjWlkNPgRmzYl2BwPY5HNB9AJzAqQteL3upjqP6m4OSi16/mkhrj4UYn2VdkFRcQitkzO/6Pxh5Qot/JMKX2l63vJXDsCw9zzo/i81wNAm9YrIsEyJiYFHlPQVYaHqfez/8oKcWYSPV0tHSrA/IUrz+DYJGO5lnvLXk8mJsQgHbLETy41rNvzfJxThu4r4stkORam/1hg2Tlr+EI1KqyVKw9M22qLh57JS0/03EOTuZwWu55vs51RxVpsraa0lyljTctymFD0m0Qpq+1TUIKEXCMhUa0/LFild/hlNIRz8zTWuS9olEq8MDs/bVnHTIemvzLXMgpMvNPaXaYvqrydeqzNXPLIkMTFPEMsZJK+oZVmXyAk7upA7Qq46l4dTXm8P0m46KYQhaSJIO8TeJhsrXj20eK1OwYsn0557tl0x68dUQZzpofZ1tlQTyGt+hFg6shbsLA3hGH67VA8FCljKDXEtT4cqN1Aqi4o8K/eTJeWceTrZY9+ax0RnCHto4aSv84NzeYs7eKTPqEwYah4VDEv6GcDPDufxzaG5qc8AKz2Uyd/NtxadFdnkMjczlFSSQCVWnzSjTD00mjyFUpKBdEnGCEfa5dVwFvtydQeqEg7lptia/WFW0uon1cip805+jTwW8WOu3u2B0gu6wiCmWwzUJ7Np5KQH91lieCge3jn2t8uWveUrhiU/6T5kfBPkPYV4YPSBX7vRa/0htKLx5Id6kIi5RvUtRPEGhWAvsvk1Le8zZi8LWov6B6RANIEuIjNC/Fp/nLo4cKF10wp7QUT3bDw4OKxQX8QdOk6mjkfPjTt/WPMN8WhIZTcmqctqiaKN78ktZ7hCl7WYfGGRxMxHjmv5ZZ+4yXMPT+/B35JN4gYEFz1ofnp2Re0yg8VqtXl+XBVwSwR+uZTMfFhLBY332y4e0lqSjf0JvCONdzgbYbKDslC3iwJxZxrjyIfby70gCOW3go59/jXXBCcJfSt+4NtXaB6I55KJaFvPzn348D938lRCNY4jr9fx3T389puN1tCKZdQlqjXNqOcESCc2jpxBwpOffj6sFRzbYZKV3AUrvUPo/GYlEL++UoYQTA3q4oFgNhHqTajPc0Mf6v8lfVmo0n8DYG4EIBc+ZhnFnv8MSGK4RVg8ZPxgso+lbu0Lj5TmHXFPakieVjFaeYo6/AUcvTPXeAB6Gc4i7u3Mat7JUJIxixrggQZ4xIUIUqwz8G2yTDyDwCOZ4HxfxPlFzmuDVNNuTg2xruBrYI3CQ3pL86yk3e/5LGeSsvIikYjdjK9XYyx3LyASpX1Ng/2o9759/o/jGXcOxiBdklPo93/+nFPG2NicvLb/OfmoYuifMvnn3SSDt95Hz39+YpDhjIv8bpGhHwHRIx0fJDQVZi3M6dhyiXeEBO2a/R+eg2hyw1ZjqQ8PJzfUQHnFKxFSSYljtP3wLeGVU/q5kMpxusODRuGMH9PNbJ2Wsjmqd2+9mG1hO2S3Ey65G2cFhVz1Yyi35VnHaHmKnBpApTF1U+xtZgy7d8DkZg24SOUc1VzBkiv7rQXThRT53u27IjvUnRZktBsp6EJARhmLG7vTaxQzZTZsFVH5Yc7OD4XwCbt8dsUZJnbu2Nw0U9QEaPd6c6qZ+M6J/u4yvlYBRrObowVHrfXoif+8UYKNeFVbaQwwYEQ388jel3AFvBO8elJv1CTFMAPY7ANk3oYtAmQyuxMnnAWoBWW4SloSgLGc+O+njb+Dj7rpn+Jtu0h76p+VHZjb3JAoOKGejUbV0lMe3MX4gFziirmE10QgxftjePplhcRs+UzUiFfldOuVxiXTfPhkb01pF5kPGTYbf+Qg0lTm3PS5sxvnEtb6Dt7rmlX4NvPBKxgAmNXwJb075Y21G7yAazJPtoM/O6yn8jSgunPDi0CS755iRz6lgbaXpVVgDZYDlr6LjYddyB6z4KsoNoa6m+A7gjksWohf6zuy/1mUcYtMAb1Ff1OSacvvc2Ptf2h8usNGSG4vMMxaFYP50OGzA9BQ1XVcD6sEmPDYA/udsbMRs0sHYDWTCO5RSHIxzdw/pdgmvUa73x4QicLCmr5aRnM5QfLOo2khDW5IbRittVxA5IcojhfeH+KNAr5G073bFRq4ihg6PQYR5OQKUqej/RlZ7OwuQpt8rFgu5IJxLfI5lCbCNj55+72ZVAAO5kZVs2F5naK7Un1i0r/if3YZKq1fpcjqWKnX0y8GFaS31Btesq4GkV9lH7m0uI6VOC6tXi7/cD7uVUXADj3RwZHhiqmPVgIT4OHfDjOs6/7sOSfvEg0/GQYlM8Y0ORHQOfNuWI7X8ExrP/gMHlqNSgvjJcCk+wEkiqLRiWF5gyyGecbZ7zMlda/kaJhN3h4MlUOcg2PwXfecA/0Exc7Ozdu6669B24SQuvMAzi6PiaZmhoUpKXtl/rzSVK9OPwQ58a7Ftl79hbyV7fQPlwfXLc4AJ4mX9XnSKyjXhLTVJRbX8TMn05W/Nwnd2+3qIeTgs0zs6Dg+Huwvq5/0aiMKVPEYCnCAK0ku2+ALfv9alct8Z1gGj54/OkronoAdfEWZlRVCvrhDxpZ/D85bGgM392744TbDGppkd5nFHU/szvx3fIsjzqLvvy7oWBCzy9wnCPbd5xjbDeyEfkztJa/gLRhOqbYf7C9rUwyf6CiNfDo2Q2lSocfIA6H5VaBiq3KnoIge9CIwYu6KUW+ymNyLdaTmzFjV8k7zMB6eqr/Hulb06ZKMWAE4TTVcFPCMs2jeG/du9e2Y3L0ViaukYG9UOOOwLjkBf7sK4FY5le3G/D+h9g6nruUIMYG7YnBonBJForyYsspOdnToJ6E4eucIjkhT/x+LspDwxRu1cdKoydipWlOBatrvIhVTsvK8ubIt5KttzRVJaDfoo4EaGRTaLBPETM0ezpbG0vt2A2H0DtIVKqebfZSddjrwU14uBs70Q7Cho7uHRuo58MDzXwR3JugOk5jurboZUDJdOtVUnwTRwzsMRfqcK9pS+28maGGgn5/XTpMQXcD1F5geauhAUj+NkuuVurZDalkKdI3zF+ZuUuzObFXWqT+OP38rwh61udOCu6fbTWZ0Atk6//8uFTpkkOEOVk3QZyxRuvxchG6x8dfUhDxzE8PtPSkBRGFeqNlrkryMqVg/jkSqNrmTG3L+KiA5i0yT6cHJJWiMg8FvN091B/iyIeip8Chr8++c3DiG8vjVW89ougSR14TKOPUovaGfX++2nx7sc68/KCgda+g1PBunWpvfDpnVs5JFYhzKi5jxQOJs2YLO6SkZLygFtbGfyOelsrLLk+YvzUhCBcslsTemYEWDnZDUwM0jjxAe2DHLIThFPktWw76xbidsss+ALIssMxzheJA3E4V4I7HDBgPgBl0+2233CLk6CsanOS8tKn8Q42cGOSiBYDDrf1jfx7lyOiuGocu1ZAet9XopCOIAtCWQUFvL7FqjmIe1xgjwVEv5J9oTKWLZEfDM41Rvfz9eNugFFI+4dOLTfztyQd9uAZUZuTuHtwbvSUbTq7TB/Q6VTFTwchnjaAi2euPOVsxO2ZATDPx4jw7XbKIEQRszslgRSZ1NBMf1ohLlClwUVBjfPBFP7TvIkFbm3G/a4MvgzKmOFu+CzzC4VHidUVzp3v9YWA/FfQSdd4DFk/meJTsyq7ZK5/BelfGirGNDWzn5Fw7lP9jkvcS8c2YNW0tIU487dEl/lTdG/6qJOS0UXJXlhRbIWCwN8Cx77yn+Us+RVS2+Yncc/lMzQ/pkdB8cdNgaSW+z6QVTfrozz5kz/XCNdPLY91MfZgh+cHY2b4C6kbpsElJWt1/2ywd/UErRTrriizcVV9RyvOsy4lc6Hkon7B0ovkgF566hsRabZtrhy6hbYHjVNrGuXRs9+lmZxAqsEHxACW8IqUzBWCKeMNvR/QB1P+CFfPS+Tp8d3eQFG/aFgFi3rII6nn9ASom313n9rkJ4DCraageR1BF60pP6dlx+XO0LghBXWLg3f1yAMfAX1ftZKfVYdXqgkHE29SgdrkY8jSx6YAZu1pjVPO5wNWI0FHytJAuw5lDUpS+ScCCg3cgPYBmqbcGodGuN2fr/L4xr5o7c1LOCBYjDpT00VpuoPjp4UMuH93TSxqm5DdNw+BBgODEaZRAvYomjbGn8I6w+02aEhJ8fB5y2eJC+01urCLVa0i3QOkjCtd0l1nRTov5ut3A2ffODrF9AFEB+JrZPSD7r+h4W2GWvz68ns2fLE2sWlxyWMQQIYB9OvzM9My5+UH/BCRGd3uHqWJo2XDh+MElhYjOQeqVXQMsLTGE7ljvGlQCdTuWb2OSmxZcJ8lbmYHBPA8M/RxYVDgjFTagCE6MbMxND2terPjO6oCO71TdcVacSMxRA5Zispvdc9nHF/v/QEOmgL9gf580vm6uZpjqQjGsza6cj1coNc5sncKkK9ZR/6faDtlMlL05JXBYOM2FayR0l/XUIQeedz+yXxKMKn04Vvn+OQWPiF9nL5SwMn8JiUVxn8FTwsY/s8FP6W5X7So/sPG71apuuxSucptcuZlUavkzCqyg8Ls3cQOTsDrv7kJX5FWcmEY0EPr5/16c0xK94Iypda1RB4Jv1SPJSvoUDWJoJrG+zXKsFFV1zWLY70jPoPBy1S02n/9mo+lKWdOItFWbYw06o/6FIFFmCfqr5bmDZWgefLp5n14oAudv7TfrVzM0dPkxEqR060cWiRDhRU3zBpSGI12+nQFtAO/of+TzD949PIWGQ31ckWz4Bz8M+KVgCFzyo189mRSOuvwtq7huZYU7qFs46mK5b6GnjWudouab+cJ7wZo3ISVT4f/QcxDxv4cZ+t6mYYXnsSs+JI8SyAQHHJp3eSqcGdEjkb6NpjS6vQ7IzjP==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="header">
<tr><td width="300"><a href="/"><img src="/App_Themes/Default/images/logo.png" alt="Báo Đà Nẵng" width="300" height="90" border="0" /></a></td>
<td align="center"><img src="/dataimages/banner/banner_top_tet.gif" width="468" height="60" alt="" /></td>
<td width="200" class="weather" valign="top"><span class="date_now"><script type="text/javascript">ShowDate();</script></span><br />Đà Nẵng: 19°C - 24°C<br />Mưa rải rác</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="menu"><tr>
<td class="menu_item"><a href="/" class="menu_link">Trang chủ</a></td>
<td class="menu_item"><a href="/channel/5399/" class="menu_link">Chính trị</a><div class="submenu"><a href="/channel/5399/xay-dung-dang/">Xây dựng Đảng</a><br><a href="/channel/5399/chinh-quyen/">Chính quyền</a><br><a href="/channel/5399/mat-tran/">Mặt trận</a><br></div></td>
<td class="menu_item"><a href="/channel/5404/" class="menu_link">Xã hội</a><div class="submenu"><a href="/channel/5404/doi-song/">Đời sống</a><br><a href="/channel/5404/lao-dong-viec-lam/">Lao động - Việc làm</a><br><a href="/channel/5404/nguoi-tot-viec-tot/">Người tốt việc tốt</a><br></div></td>
<td class="menu_item"><a href="/channel/5402/" class="menu_link">Kinh tế</a><div class="submenu"><a href="/channel/5402/dau-tu/">Đầu tư</a><br><a href="/channel/5402/thi-truong/">Thị trường</a><br><a href="/channel/5402/doanh-nghiep/">Doanh nghiệp</a><br><a href="/channel/5402/nong-nghiep/">Nông nghiệp</a><br></div></td>
<td class="menu_item"><a href="/channel/5403/" class="menu_link">Văn hóa - Văn nghệ</a></td>
<td class="menu_item"><a href="/channel/5405/" class="menu_link">Thể thao</a></td>
<td class="menu_item"><a href="/channel/5413/" class="menu_link">Quốc tế</a><div class="submenu"><a href="/channel/5413/thoi-su-quoc-te/">Thời sự quốc tế</a><br><a href="/channel/5413/binh-luan-quoc-te/">Bình luận quốc tế</a><br><a href="/channel/5413/ho-so/">Hồ sơ</a><br><a href="/channel/5413/the-gioi-do-day/">Thế giới đó đây</a><br></div></td>
<td class="menu_item"><a href="/channel/5406/" class="menu_link">Pháp luật</a></td>
<td class="menu_item"><a href="/channel/5411/" class="menu_link">Đà Nẵng 24h</a></td>
<td class="menu_item"><a href="/channel/5407/" class="menu_link">Giáo dục</a></td>
<td class="menu_item"><a href="/channel/5408/" class="menu_link">Sức khỏe</a></td>
<td class="menu_item"><a href="/channel/5409/" class="menu_link">Du lịch</a></td>
<td class="menu_item"><a href="/channel/5410/" class="menu_link">Khoa học - Công nghệ</a></td>
<td class="menu_item"><a href="/channel/5412/" class="menu_link">Bạn đọc</a></td>
<td class="menu_item"><a href="/channel/5414/" class="menu_link">Đà Nẵng cuối tuần</a></td>
<td class="menu_item"><a href="/channel/5415/" class="menu_link">Đô thị</a></td>
<td class="menu_item"><a href="/channel/5416/" class="menu_link">Môi trường</a></td>
<td class="menu_item"><a href="/channel/5417/" class="menu_link">Quốc phòng - An ninh</a></td>
<td class="menu_item"><a href="/channel/5420/" class="menu_link">Multimedia</a></td>
</tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="ticker"><tr><td width="90"><b>TIN MỚI:</b></td><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="/channel/5404/202202/da-nang-day-manh-tiem-vaccine-mui-3-3903118/">Đà Nẵng đẩy mạnh tiêm vaccine mũi 3</a> &nbsp;&nbsp;&#8226;&nbsp;&nbsp; <a href="/channel/5402/202202/cang-tien-sa-don-tau-dau-nam-3903102/">Cảng Tiên Sa đón tàu đầu năm</a></marquee></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="680" valign="top" style="padding: 10px;">
<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/channel/5413/">Quốc tế</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTitle" class="title">NATO chưa thấy dấu hiệu Nga giảm leo thang quân sự</span></td></tr>
<tr><td height="24"><span id="ctl00_ContentPlaceHolder1_lblDate" class="date">Thứ Tư, 16/02/2022, 09:15</span> &nbsp; <a href="javascript:window.print();" class="tool">[In trang]</a> <a href="javascript:void(0);" onclick="window.open('/SendMail.aspx?id=3903125','','width=500,height=400');" class="tool">[Gửi email]</a></td></tr>
<tr><td class="detail"><div id="ctl00_ContentPlaceHolder1_lblContent" class="detail">
<div><strong>Tổng Thư ký NATO Jens Stoltenberg ngày 15/2 cho biết liên minh chưa ghi nhận bất kỳ dấu hiệu giảm leo thang nào trên thực địa, dù Nga tuyên bố rút một phần lực lượng về căn cứ sau tập trận.</strong></div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Phát biểu tại cuộc họp báo ở Brussels (Bỉ) trước thềm hội nghị bộ trưởng quốc phòng các nước thành viên, ông Stoltenberg nói NATO ghi nhận các tín hiệu từ Moscow về khả năng tiếp tục ngoại giao, và điều đó tạo cơ sở cho “sự lạc quan thận trọng”.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&quot;Tuy nhiên, cho đến nay chúng tôi chưa thấy bất kỳ sự giảm leo thang nào trên thực địa. Ngược lại, Nga vẫn tiếp tục tăng cường quân sự&quot;, Tổng Thư ký NATO nhấn mạnh.</div>
<div>&nbsp;</div>
<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody><tr><td><img src="/dataimages/202202/original/images1602123_stoltenberg.jpg" width="500" border="0" alt=""></td></tr><tr><td class="image_desc">Tổng Thư ký NATO Jens Stoltenberg tại cuộc họp báo ở Brussels ngày 15/2. Ảnh: AFP</td></tr></tbody></table>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Theo ông Stoltenberg, Nga thường di chuyển lực lượng qua lại, vì vậy việc một số đơn vị rời vị trí chưa đủ để khẳng định Moscow đã thay đổi ý định. NATO sẽ tiếp tục theo dõi sát diễn biến.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Cùng ngày, Tổng thống Mỹ Joe Biden tuyên bố Washington chưa xác minh được thông tin Nga rút quân. Theo ông Biden, hơn 150.000 binh sĩ Nga vẫn đang bao vây Ukraine và một cuộc tấn công “vẫn hoàn toàn có thể xảy ra”.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Ông Biden khẳng định Mỹ không tìm cách gây bất ổn cho Nga và người dân Nga “không phải là kẻ thù” của Mỹ, nhưng Washington sẽ đáp trả mạnh mẽ nếu Nga tấn công Ukraine.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Trong khi đó, sau cuộc hội đàm với Thủ tướng Đức Olaf Scholz tại Moscow, Tổng thống Nga Vladimir Putin cho biết Nga không muốn chiến tranh và sẵn sàng tiếp tục đàm phán về các vấn đề an ninh, trong đó có hạn chế triển khai tên lửa tầm trung ở châu Âu.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Ông Putin đồng thời nhắc lại yêu cầu của Moscow về việc NATO không kết nạp Ukraine và cho rằng phương Tây chưa trả lời thỏa đáng các đề xuất bảo đảm an ninh mà Nga đưa ra hồi tháng 12/2021.</div>
<div>&nbsp;</div>
<div style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;Các bộ trưởng quốc phòng NATO dự kiến nhóm họp tại Brussels trong hai ngày 16 và 17/2 để thảo luận về việc tăng cường hiện diện quân sự tại sườn đông của liên minh.</div>
<div>&nbsp;</div>
<div style="text-align: right;"><strong>HOÀNG MINH (Theo AFP, Reuters)</strong></div>
</div></td></tr>
</table>
<div class="share"><iframe src="https://www.facebook.com/plugins/like.php?href=https://baodanang.vn/channel/5413/202202/nato-chua-thay-dau-hieu-nga-giam-leo-thang-quan-su-3903125/&amp;layout=button_count&amp;action=like&amp;show_faces=false" scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:120px; height:21px;"></iframe> <a href="javascript:history.back();">[Trở về]</a> <a href="#top">[Đầu trang]</a></div>
<div class="box_title">TIN CÙNG CHUYÊN MỤC</div>
<div class="tin_cung"><a href="/channel/5413/202202/the-gioi-ghi-nhan-hon-412-trieu-ca-mac-covid-19-3903100/"><img src="/dataimages/202202/thumb/cung0.jpg" width="120" border="0"></a><a href="/channel/5413/202202/the-gioi-ghi-nhan-hon-412-trieu-ca-mac-covid-19-3903100/" class="title_cung">Thế giới ghi nhận hơn 412 triệu ca mắc COVID-19</a></div>
<div class="tin_cung"><a href="/channel/5413/202202/ukraine-to-chuc-ngay-doan-ket-3903101/"><img src="/dataimages/202202/thumb/cung1.jpg" width="120" border="0"></a><a href="/channel/5413/202202/ukraine-to-chuc-ngay-doan-ket-3903101/" class="title_cung">Ukraine tổ chức Ngày Đoàn kết</a></div>
<div class="tin_cung"><a href="/channel/5413/202202/lien-hop-quoc-keu-goi-xuong-thang-cang-thang-3903102/"><img src="/dataimages/202202/thumb/cung2.jpg" width="120" border="0"></a><a href="/channel/5413/202202/lien-hop-quoc-keu-goi-xuong-thang-cang-thang-3903102/" class="title_cung">Liên hợp quốc kêu gọi xuống thang căng thẳng</a></div>
<div class="box_title">CÁC TIN ĐÃ ĐƯA</div>
<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/nga-tuyen-bo-rut-mot-phan-quan-sau-tap-tran-3903000/" class="link_tin">Nga tuyên bố rút một phần quân sau tập trận</a> <span class="date_list">(15/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/thu-tuong-duc-hoi-dam-voi-tong-thong-ukraine-3903001/" class="link_tin">Thủ tướng Đức hội đàm với Tổng thống Ukraine</a> <span class="date_list">(15/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/my-chuyen-dai-su-quan-tu-kiev-toi-lviv-3903002/" class="link_tin">Mỹ chuyển đại sứ quán từ Kiev tới Lviv</a> <span class="date_list">(14/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/chau-au-chuan-bi-goi-trung-phat-neu-cang-thang-leo-thang-3903003/" class="link_tin">Châu Âu chuẩn bị gói trừng phạt nếu căng thẳng leo thang</a> <span class="date_list">(14/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/han-quoc-gia-han-quy-dinh-gian-cach-3903004/" class="link_tin">Hàn Quốc gia hạn quy định giãn cách</a> <span class="date_list">(13/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/an-do-thu-thanh-cong-ten-lua-hanh-trinh-moi-3903005/" class="link_tin">Ấn Độ thử thành công tên lửa hành trình mới</a> <span class="date_list">(13/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/phap-ghi-nhan-so-ca-mac-moi-giam-manh-3903006/" class="link_tin">Pháp ghi nhận số ca mắc mới giảm mạnh</a> <span class="date_list">(12/02/2022)</span></td></tr>
<tr><td class="list_item">&#8226; <a href="/channel/5413/202202/tong-thong-my-va-tong-thong-nga-dien-dam-3903007/" class="link_tin">Tổng thống Mỹ và Tổng thống Nga điện đàm</a> <span class="date_list">(12/02/2022)</span></td></tr>
</table>
<div class="xem_them"><a href="/channel/5413/">Xem tiếp tin Quốc tế &raquo;</a></div>
</td>
<td width="300" valign="top" style="padding: 10px 10px 10px 0;">
<div class="banner_right"><a href="https://danang.gov.vn" target="_blank"><img src="/dataimages/banner/cong-thong-tin-dn.jpg" width="300" border="0" alt="Cổng thông tin điện tử thành phố Đà Nẵng" /></a></div>
<div class="box_title">ĐỌC NHIỀU NHẤT</div>
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="docnhieu_item"><span class="so">1</span><a href="/channel/5404/202202/da-nang-ghi-nhan-them-ca-mac-covid-19-trong-cong-dong-3902900/">Đà Nẵng ghi nhận thêm ca mắc COVID-19 trong cộng đồng</a></td></tr>
<tr><td class="docnhieu_item"><span class="so">2</span><a href="/channel/5404/202202/gia-xang-dau-tang-lan-thu-4-lien-tiep-3902901/">Giá xăng dầu tăng lần thứ 4 liên tiếp</a></td></tr>
<tr><td class="docnhieu_item"><span class="so">3</span><a href="/channel/5404/202202/lich-hoc-truc-tiep-cua-hoc-sinh-da-nang-3902902/">Lịch học trực tiếp của học sinh Đà Nẵng</a></td></tr>
<tr><td class="docnhieu_item"><span class="so">4</span><a href="/channel/5404/202202/san-bay-da-nang-don-khach-tro-lai-sau-tet-3902903/">Sân bay Đà Nẵng đón khách trở lại sau Tết</a></td></tr>
<tr><td class="docnhieu_item"><span class="so">5</span><a href="/channel/5404/202202/hoi-an-don-luong-khach-tang-manh-dip-ram-thang-gieng-3902904/">Hội An đón lượng khách tăng mạnh dịp rằm tháng Giêng</a></td></tr></table>
<div class="box_title">ĐÀ NẴNG CUỐI TUẦN</div>
<div><a href="/channel/5414/"><img src="/dataimages/202202/thumb/cuoituan.jpg" width="290" border="0" alt="" /></a><br /><a href="/channel/5414/202202/mua-xuan-tren-ban-dao-son-tra-3903012/">Mùa xuân trên bán đảo Sơn Trà</a></div>
<div class="banner_right"><img src="/dataimages/banner/quang-cao-300x250.gif" width="300" height="250" alt="Quảng cáo" /></div>
</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="footer">
<tr><td class="footer_text" align="center">
<b>BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG</b><br />
Tổng Biên tập: Trần Chí Cường<br />
Giấy phép số 224/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.<br />
Địa chỉ: Số 36 Trần Quốc Toản, quận Hải Châu, thành phố Đà Nẵng. Điện thoại: (0236) 3821187 - Fax: (0236) 3827288<br />
Email: baodanang@danang.gov.vn - Ghi rõ nguồn "Báo Đà Nẵng" khi phát hành lại thông tin từ website này.
</td></tr>
</table>
</td></tr>
</table>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAmKORoEUfBVP4H57lPL0cM2HFjnIcDSqBdWjUs0+2/n2zUZitk0HeRpavtlYCgL4FslgX6p6Fc5bB67ttrx35xE+Crv5YqcejR7Vcwhr/S0OltPxRTHJdngBH7RQkbjw1SpusJHzKdusF08HAPxitqFsQrCnrbUIdtwXf4h5OPBwVWcQMJvg1NQ6YyPnUsMJURKIwNTvlHY3YAFkBYeEYZkSzZU/xTD3+yH9l4F9ktEXbCmN14hw8Xt+mMpuJkYYzfVRsCR4UWax27/vpBdvT5Bd0T4jO3hIoLB9OvQZfgsjjQGjNNAtNQHUsfDJ93uE4BZfd6fgRf5f74xyUHpV8BmnrY1wAXu/fnjxhriht/VN5rxycL3owGd8v6jqTj86CQB2ZnWBIHvShDIXyCcU3ASMH2xpG3ejf8MJzA" />
</div>
</form>
</body>
</html>
