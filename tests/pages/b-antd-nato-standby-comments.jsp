<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>NATO đặt lực lượng trong tình trạng sẵn sàng, điều thêm tàu chiến và máy bay tới Đông Âu | ANTĐ</title>
<meta name="description" content="Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 24/1 thông báo đặt lực lượng trong tình trạng sẵn sàng, đồng thời điều thêm tàu chiến và máy bay chiến đấu tới Đông Âu nhằm tăng cường khả năng phòng thủ trước việc Nga tăng cường hiện diện quân sự gần Ukraine.">
<meta name="keywords" content="NATO, Nga, Ukraine, Đông Âu, F-16, Stoltenberg, Lầu Năm Góc">
<meta property="fb:app_id" content="1379407405696331">
<meta property="og:site_name" content="ANTĐ">
<meta property="og:type" content="article">
<meta property="og:title" content="NATO đặt lực lượng trong tình trạng sẵn sàng, điều thêm tàu chiến và máy bay tới Đông Âu">
<meta property="og:description" content="Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 24/1 thông báo đặt lực lượng trong tình trạng sẵn sàng, đồng thời điều thêm tàu chiến và máy bay chiến đấu tới Đông Âu nhằm tăng cường khả năng phòng thủ trước việc Nga tăng cường hiện diện quân sự gần Ukraine.">
<meta property="og:url" content="https://www.anninhthudo.vn/nato-dat-luc-luong-trong-tinh-trang-san-sang-dieu-them-tau-chien-va-may-bay-toi-dong-au-post489317.antd">
<meta property="og:image" content="https://image.anninhthudo.vn/w800/Uploaded/2022/bpivpvoi/2022_01_24/f16-dan-mach-7482.jpg">
<meta property="article:published_time" content="2022-01-24T21:40:00+07:00">
<meta property="article:section" content="Quốc tế">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.anninhthudo.vn/nato-dat-luc-luong-trong-tinh-trang-san-sang-dieu-them-tau-chien-va-may-bay-toi-dong-au-post489317.antd">
<link rel="dns-prefetch" href="https://image.anninhthudo.vn">
<link rel="preload" as="image" href="https://image.anninhthudo.vn/w800/Uploaded/2022/bpivpvoi/2022_01_24/f16-dan-mach-7482.jpg">
<link rel="stylesheet" href="https://static.anninhthudo.vn/v2/web/styles/css/main.min.css?v=20220118">
<style>
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}body{margin:0;font-family:Arial, Helvetica, sans-serif;font-size:15px;color:#222;background:#fff}
a{color:inherit;text-decoration:none}a:hover{color:#b5121b}img{max-width:100%;height:auto;border:0;vertical-align:middle}ul,ol{list-style:none;margin:0;padding:0}
.antd-header{text-transform:uppercase;padding:16px;position:fixed;line-height:1.3;max-width:980px}
.antd-header span{font-weight:400;background:#e9ecef;transition:opacity .3s;border-bottom:none;width:100%;position:absolute}
.antd-header  .icon{border-bottom:1px solid #e5e5e5;color:#0056a6;transition:opacity .3s}
.antd-header::after{width:auto;font-size:16px;color:#222;display:none;max-width:680px;overflow:hidden;position:fixed}
.antd-logo{text-align:center;display:inline-flex;transition:transform .25s ease-in-out}
.antd-logo h2{z-index:999;text-align:justify;line-height:1.4;border-radius:4px;margin:0 -15px;position:relative;padding:8px 12px;overflow:visible}
.antd-logo::after{display:block;margin:0 auto;text-align:right;width:640px}
.antd-logo .title{width:640px;padding:8px 12px;color:#0056a6;border-radius:50%;overflow:hidden}
.antd-menu{text-transform:uppercase;width:100%;display:inline-flex}
.antd-menu span{z-index:999;line-height:1.4;font-weight:500}
.antd-menu .time{border-bottom:2px solid #b5121b;color:#333;border-radius:2px;text-align:left;font-size:14px;z-index:999;background:#1f3c88}
.antd-menu::after{z-index:99;border-radius:50%;position:relative;transition:all .2s ease}
.antd-cookie{border-bottom:none;font-weight:700;position:fixed;background:#f5f5f5;margin:0 0 16px;color:#1a1a1a}
.antd-cookie::before{padding:10px 0;z-index:10;position:absolute;max-width:100%;overflow:visible}
.antd-cookie h2{background:#fff;font-size:24px;text-transform:uppercase;max-width:980px;position:sticky;border-radius:4px;color:#1a1a1a}
.antd-cookie a{max-width:980px;color:#2a6496;border-radius:4px;text-transform:uppercase;margin:0 0 16px;background:#f0f2f5;font-weight:normal}
.antd-breadcrumb{width:100%;text-align:left;text-transform:none;border-bottom:1px dotted #ccc;margin:0 auto}
.antd-breadcrumb h3{border-bottom:2px solid #b5121b;line-height:1.6;border-radius:0;margin:8px 0;background:#f5f5f5;font-size:16px;text-align:center;display:grid}
.antd-breadcrumb:hover{overflow:visible;padding:0 15px;border-bottom:1px dotted #ccc;font-weight:500;font-size:13px;max-width:100%;text-align:right}
.antd-breadcrumb  .icon{transition:opacity .3s;border-radius:0;color:#2a6496;line-height:22px;position:fixed;background:#e9ecef}
.antd-detail-title{position:absolute;overflow:hidden;margin:0 -15px;max-width:980px}
.antd-detail-title:hover{overflow:hidden;display:block;z-index:9999;width:640px;font-weight:bold;text-transform:none;padding:16px;font-family:Arial, Helvetica, sans-serif}
.antd-detail-title .time{transition:transform .25s ease-in-out;font-weight:bold;font-size:16px;position:absolute;text-transform:none;text-align:left;padding:10px 0;width:1140px}
.antd-detail-title::before{display:inline-flex;margin:12px 0 0;color:#999;font-weight:700;background:#1f3c88}
.antd-detail-time{font-size:13px;transition:all .2s ease;position:absolute;overflow:visible;border-bottom:1px dotted #ccc;display:inline-flex;border-radius:50%;font-family:"Noto Serif", Georgia, "Times New Roman", serif}
.antd-detail-time::after{line-height:1.5;z-index:1;text-align:right;max-width:100%;font-size:0.875rem;transition:all .2s ease;border-radius:4px}
.antd-detail-time img{line-height:1.3;z-index:1;background:transparent}
.antd-detail-time h2{z-index:999;border-radius:50%;border-bottom:1px solid #e5e5e5;padding:10px 0;text-transform:uppercase;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}
.antd-detail-sapo{position:absolute;line-height:22px;font-weight:400;text-align:right;transition:opacity .3s;text-transform:uppercase}
.antd-detail-sapo .time{padding:0;font-size:13px;border-radius:2px;border-bottom:1px solid #e5e5e5;max-width:680px;overflow:auto;text-align:right;color:#222}
.antd-detail-sapo .title{display:block;line-height:1.6;z-index:9999;color:#999;border-radius:2px;position:fixed}
.antd-detail-sapo p{position:fixed;overflow:visible;line-height:1.5;background:#fff;margin:8px 0}
.antd-detail-content{transition:all .2s ease;line-height:26px;background:#e9ecef;font-family:Tahoma, Verdana, Arial, sans-serif}
.antd-detail-content img{text-transform:uppercase;transition:opacity .3s;width:100%;line-height:1.3}
.antd-detail-content a{border-radius:50%;line-height:1.5;color:#222}
.antd-detail-content span{background:transparent;font-size:18px;color:#0056a6;margin:0 -15px}
.antd-box-related-inline{line-height:1.3;transition:all .2s ease;width:100%}
.antd-box-related-inline span{font-size:14px;color:#222;transition:opacity .3s;line-height:1.4;background:#e9ecef;border-radius:50%;z-index:999;border-bottom:1px dotted #ccc}
.antd-box-related-inline li{color:#999;font-weight:bold;margin:0 -15px}
.antd-box-related-inline p{display:block;text-align:justify;font-size:18px;padding:0 15px;background:#1f3c88;max-width:980px;z-index:999}
.antd-author{text-transform:uppercase;position:absolute;display:grid;text-align:left;max-width:980px;transition:opacity .3s;color:#666}
.antd-author img{background:transparent;display:inline-flex;text-transform:uppercase;transition:opacity .3s}
.antd-author h3{font-size:12px;z-index:999;border-radius:0;max-width:680px;position:absolute}
.antd-author .time{transition:all .2s ease;line-height:1.3;position:relative;max-width:680px}
.antd-tags{background:#f5f5f5;overflow:visible;z-index:999;text-align:justify;position:absolute;border-bottom:1px solid #e5e5e5}
.antd-tags  .icon{line-height:26px;text-align:left;font-weight:700;margin:0 auto;max-width:680px;border-bottom:1px dotted #ccc;display:block;position:absolute}
.antd-tags span{overflow:hidden;background:#f5f5f5;position:fixed;padding:4px 8px;z-index:9999;border-bottom:1px dotted #ccc}
.antd-tags a{text-transform:uppercase;border-bottom:none;text-align:left;font-weight:400;background:#f5f5f5;font-size:12px;overflow:hidden;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}
.antd-share{border-radius:2px;overflow:auto;z-index:9999;display:block;max-width:100%;background:#1f3c88;border-bottom:2px solid #b5121b;font-weight:400}
.antd-share h3{transition:all .2s ease;text-transform:none;max-width:980px;font-weight:700;background:#1f3c88;display:block}
.antd-share span{text-align:right;border-bottom:1px solid #e5e5e5;width:300px;line-height:1.6;overflow:hidden;border-radius:4px;transition:opacity .3s;background:#e9ecef}
.antd-share::after{width:300px;transition:opacity .3s;background:#fff;border-bottom:2px solid #b5121b}
.antd-comment{font-weight:normal;font-size:12px;background:#e9ecef;max-width:680px;position:relative;border-radius:50%;z-index:1}
.antd-comment span{padding:10px 0;transition:opacity .3s;font-weight:500;border-bottom:2px solid #b5121b;font-size:12px;max-width:980px;text-transform:uppercase;border-radius:50%}
.antd-comment p{border-bottom:none;line-height:26px;margin:0 auto;width:1140px;padding:10px 0;display:none;transition:all .2s ease}
.antd-comment h2{font-weight:400;transition:transform .25s ease-in-out;max-width:980px;margin:12px 0 0}
.antd-comment-item{display:flex;z-index:99;background:#f0f2f5}
.antd-comment-item li{position:fixed;padding:8px 12px;font-size:14px}
.antd-comment-item .time{display:grid;padding:0;background:#f0f2f5;font-family:Arial, Helvetica, sans-serif}
.antd-comment-item img{border-bottom:2px solid #b5121b;line-height:1.5;transition:opacity .3s;overflow:auto;text-transform:uppercase;margin:12px 0 0;background:#e9ecef;position:fixed}
.antd-c-name{overflow:hidden;max-width:980px;padding:8px 12px}
.antd-c-name h3{margin:12px 0 0;color:#666;transition:opacity .3s;z-index:999;font-family:Tahoma, Verdana, Arial, sans-serif}
.antd-c-name::after{line-height:1.3;color:#b5121b;transition:all .2s ease;z-index:10;padding:10px 0;font-weight:bold;margin:0 -15px;text-align:left}
.antd-c-name:hover{display:inline-flex;font-size:18px;max-width:680px;color:#999}
.antd-c-time{padding:0;transition:opacity .3s;margin:8px 0}
.antd-c-time h3{position:absolute;width:50%;z-index:9999;border-bottom:none;margin:8px 0;text-align:justify}
.antd-c-time  .icon{margin:12px 0 0;border-bottom:2px solid #b5121b;position:sticky;text-align:justify;z-index:9999;width:100%}
.antd-c-time h2{width:1140px;transition:all .2s ease;z-index:999;text-align:justify;text-transform:none;border-bottom:2px solid #b5121b;background:#e9ecef}
.antd-most-read{font-size:24px;line-height:22px;border-radius:50%;margin:0 0 16px;transition:all .2s ease;max-width:100%;padding:10px 0}
.antd-most-read span{padding:0 15px;transition:all .2s ease;border-bottom:1px dotted #ccc;border-radius:0;overflow:auto}
.antd-most-read a{display:block;color:#b5121b;text-align:right;border-radius:2px;border-bottom:2px solid #b5121b;position:sticky;font-size:16px;background:#fff}
.antd-most-read li{text-align:left;border-radius:2px;position:relative;border-bottom:2px solid #b5121b;margin:0}
.antd-news-latest{display:grid;background:transparent;z-index:999;line-height:26px;font-weight:700;overflow:hidden;font-size:18px}
.antd-news-latest li{line-height:22px;background:#e9ecef;position:absolute;font-size:16px;color:#fff;text-align:right;overflow:auto;transition:transform .25s ease-in-out}
.antd-news-latest:hover{color:#fff;line-height:1.5;font-size:13px;margin:0 auto}
.antd-news-latest::before{text-align:justify;color:#999;margin:0 auto}
.antd-footer{border-radius:2px;line-height:1.4;display:none;transition:opacity .3s;max-width:100%;padding:10px 0}
.antd-footer h2{position:sticky;font-weight:bold;z-index:999;transition:opacity .3s;text-transform:none;overflow:visible;max-width:680px}
.antd-footer h3{max-width:980px;text-align:justify;z-index:10;text-transform:uppercase;position:sticky;color:#333;overflow:visible;margin:12px 0 0}
.antd-footer::before{width:50%;position:fixed;border-radius:50%;background:#e9ecef;margin:0;border-bottom:1px dotted #ccc;color:#999}
.antd-ads{position:fixed;font-weight:700;display:flex;padding:10px 0;font-size:18px;margin:8px 0;color:#2a6496;font-family:"Merriweather", Georgia, serif}
.antd-ads a{display:none;width:1140px;color:#222;font-family:Arial, Helvetica, sans-serif}
.antd-ads .time{overflow:hidden;text-align:center;width:300px;text-transform:none;font-weight:400;line-height:22px;position:absolute;font-family:Arial, Helvetica, sans-serif}
.antd-ads:hover{display:inline-block;overflow:hidden;border-bottom:2px solid #b5121b;border-radius:0}
@media (max-width:1199px){.antd-breadcrumb:hover{font-weight:bold;color:#999;width:33.333%;overflow:auto;border-bottom:2px solid #b5121b;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}.antd-box-related-inline{border-radius:2px;background:rgba(0,0,0,.6);transition:all .2s ease}.antd-detail-title:hover{padding:16px;border-bottom:none;border-radius:2px;overflow:auto;font-weight:400;text-transform:none;color:#2a6496;font-family:Arial, Helvetica, sans-serif}.antd-share h3{border-radius:50%;color:#999;background:#f5f5f5;width:100%;font-weight:bold;text-align:right;overflow:auto}.antd-comment-item img{overflow:auto;z-index:999;background:#f0f2f5;margin:0 -15px;max-width:980px;position:absolute}.antd-ads:hover{z-index:99;display:none;color:#0056a6;border-radius:2px;overflow:hidden;position:sticky;text-align:left}.antd-logo::after{color:#b5121b;width:640px;font-size:20px;padding:10px 0;overflow:hidden}.antd-most-read a{margin:0;border-bottom:1px dotted #ccc;text-align:center;width:auto;line-height:1.3;color:#333;font-size:24px;overflow:hidden}.antd-most-read li{color:#2a6496;font-weight:700;transition:all .2s ease;overflow:auto;border-radius:4px;margin:0 auto;text-align:left}.antd-header::after{position:absolute;border-bottom:none;overflow:visible;max-width:980px;font-size:18px;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}.antd-share::after{max-width:1200px;width:50%;overflow:hidden;position:absolute;text-transform:uppercase;text-align:right;margin:12px 0 0;font-size:13px}.antd-cookie a{z-index:9999;text-align:center;max-width:100%;padding:10px 0}}
@media (max-width:991px){.antd-detail-title .time{overflow:visible;z-index:1;padding:10px 0;border-bottom:1px solid #e5e5e5;font-size:12px;margin:8px 0;text-transform:uppercase;transition:transform .25s ease-in-out}.antd-comment p{max-width:1200px;text-align:right;padding:4px 8px;background:#1f3c88;z-index:1;width:640px;border-bottom:1px dotted #ccc}.antd-detail-content span{text-transform:uppercase;line-height:22px;padding:8px 12px;max-width:980px;text-align:right;overflow:auto}.antd-comment-item li{border-radius:0;text-transform:none;color:#333}.antd-menu span{font-size:20px;display:block;color:#1a1a1a;text-align:right;width:300px;position:absolute}.antd-header::after{padding:0;transition:all .2s ease;position:relative;border-bottom:none;font-weight:700;text-align:left}.antd-box-related-inline li{font-weight:bold;max-width:680px;color:#2a6496;z-index:999}.antd-c-time  .icon{color:#666;font-weight:400;display:flex;max-width:680px;overflow:auto;z-index:9999}.antd-most-read{z-index:99;color:#fff;transition:opacity .3s;width:1140px}.antd-share::after{width:100%;transition:opacity .3s;overflow:auto;background:#1f3c88;color:#666;border-radius:4px;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}.antd-comment-item{overflow:visible;transition:transform .25s ease-in-out;margin:0 0 16px;border-bottom:2px solid #b5121b}.antd-news-latest::before{display:inline-flex;transition:transform .25s ease-in-out;max-width:680px;font-size:13px;width:100%;margin:0 -15px;font-weight:500;z-index:999}}
@media (max-width:767px){.antd-logo::after{color:#1a1a1a;z-index:99;line-height:1.6;padding:16px;position:sticky;font-size:16px;transition:all .2s ease;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}.antd-detail-content a{border-radius:0;font-weight:bold;z-index:999;background:transparent;position:sticky;max-width:980px;padding:10px 0}.antd-detail-time h2{z-index:9999;text-transform:uppercase;border-bottom:1px dotted #ccc;margin:0 0 16px;padding:16px;text-align:left;border-radius:4px;background:transparent}.antd-header::after{font-size:1.125rem;line-height:22px;position:fixed;width:100%;border-radius:4px;transition:opacity .3s;display:block}.antd-comment span{width:50%;overflow:auto;border-bottom:1px dotted #ccc;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}.antd-logo{text-transform:uppercase;color:#fff;max-width:680px;transition:transform .25s ease-in-out;z-index:9999;display:none;background:#1f3c88}.antd-detail-title{background:rgba(0,0,0,.6);line-height:1.4;border-bottom:1px solid #e5e5e5;font-weight:normal;font-size:18px;text-transform:uppercase}.antd-header  .icon{line-height:22px;color:#0056a6;margin:8px 0;width:1140px;border-bottom:none;text-transform:uppercase;overflow:visible;text-align:left}.antd-ads:hover{line-height:1.3;text-align:left;z-index:99;overflow:hidden;color:#666;max-width:980px;font-size:0.875rem;font-family:"Helvetica Neue", Helvetica, Arial, sans-serif}.antd-logo .title{overflow:hidden;font-size:1.125rem;margin:0 -15px;padding:10px 0;background:#f5f5f5}.antd-c-name{padding:0;overflow:hidden;max-width:680px;font-family:"Merriweather", Georgia, serif}.antd-tags{width:50%;z-index:1;font-size:0.875rem;overflow:auto;position:relative;font-weight:500}}
@media (max-width:575px){.antd-detail-content a{max-width:100%;border-radius:50%;padding:8px 12px;font-weight:400;border-bottom:2px solid #b5121b}.antd-comment-item .time{color:#2a6496;background:rgba(0,0,0,.6);padding:0 15px;position:fixed;margin:0 -15px;font-size:1.125rem;border-radius:50%;font-family:"Merriweather", Georgia, serif}.antd-breadcrumb  .icon{line-height:1.3;border-radius:0;background:#f5f5f5;font-family:"Noto Serif", Georgia, "Times New Roman", serif}.antd-detail-time{color:#0056a6;display:none;margin:0 -15px;transition:all .2s ease;text-transform:uppercase;text-align:right;line-height:1.3;overflow:hidden;font-family:Tahoma, Verdana, Arial, sans-serif}.antd-detail-sapo .title{margin:0 0 16px;position:relative;z-index:999}.antd-breadcrumb{font-weight:400;color:#b5121b;font-size:13px;border-bottom:1px dotted #ccc;background:#f5f5f5;padding:16px;overflow:auto;position:fixed}.antd-c-name:hover{text-align:justify;z-index:999;padding:0 15px;text-transform:uppercase;display:block;background:transparent}.antd-footer{border-bottom:1px solid #e5e5e5;display:block;text-align:center;z-index:999;font-weight:700;font-size:0.875rem;max-width:100%;text-transform:uppercase;font-family:"Roboto", "Helvetica Neue", Arial, sans-serif}.antd-detail-sapo .time{padding:0 15px;transition:opacity .3s;position:sticky;z-index:9999;text-align:center;line-height:1.5;font-family:"Merriweather", Georgia, serif}.antd-menu::after{text-transform:uppercase;overflow:auto;line-height:1.6;z-index:1;max-width:100%}.antd-comment-item li{font-weight:600;text-transform:uppercase;overflow:auto;border-bottom:1px solid #e5e5e5;display:none;border-radius:2px;transition:transform .25s ease-in-out;font-size:15px;font-family:Tahoma, Verdana, Arial, sans-serif}.antd-footer h2{position:fixed;line-height:26px;font-size:18px}}
@font-face{font-family:"Icons";src:url("/fonts/icons.woff2?v=700") format("woff2");font-display:swap}
@keyframes fadeIn{from{opacity:0}to{opacity:1}}
</style>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.anninhthudo.vn/nato-dat-luc-luong-trong-tinh-trang-san-sang-dieu-them-tau-chien-va-may-bay-toi-dong-au-post489317.antd", "headline": "NATO đặt lực lượng trong tình trạng sẵn sàng, điều thêm tàu chiến và máy bay tới Đông Âu", "description": "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 24/1 thông báo đặt lực lượng trong tình trạng sẵn sàng, đồng thời điều thêm tàu chiến và máy bay chiến đấu tới Đông Âu nhằm tăng cường khả năng phòng thủ trước việc Nga tăng cường hiện diện quân sự gần Ukraine.", "image": {"@type": "ImageObject", "url": "https://image.anninhthudo.vn/w800/Uploaded/2022/bpivpvoi/2022_01_24/f16-dan-mach-7482.jpg", "width": 800, "height": 533}, "datePublished": "2022-01-24T21:40:00+07:00", "dateModified": "2022-01-24T22:02:00+07:00", "author": {"@type": "Person", "name": "Hải Minh"}, "publisher": {"@type": "Organization", "name": "ANTĐ", "logo": {"@type": "ImageObject", "url": "https://static.anninhthudo.vn/v2/web/styles/img/logo-antd.png"}}}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Quốc tế", "item": "https://www.anninhthudo.vn/quoc-te/"}, {"@type": "ListItem", "position": 2, "name": "Quân sự", "item": "https://www.anninhthudo.vn/quoc-te/quan-su/"}]}</script>
<script>var PAGE_INFO = {"pageType":"article","articleId":489317,"zoneId":12,"zoneName":"Quốc tế","subZone":"Quân sự","author":"Hải Minh","publishDate":"24/01/2022 21:40"};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7HQ2K3XWB4"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7HQ2K3XWB4');</script>
<script>(function(w,d){var s=d.createElement('script');s.async=true;s.src='https://cdn.admicro.vn/core/admicro_core.js?id=2';d.head.appendChild(s);w.admicroAD=w.admicroAD||{unit:[]};})(window,document);</script>
</head>
<body class="page-detail">
<div id="cookie-consent" class="antd-cookie" role="dialog" aria-live="polite">
 <p>Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn trên website. Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie theo Chính sách quyền riêng tư của ANTĐ.</p>
 <button type="button" class="btn-accept">Đồng ý</button> <a href="https://www.anninhthudo.vn/chinh-sach-bao-mat.html" class="btn-more">Tìm hiểu thêm</a>
</div>
<header class="antd-header">
 <div class="top-bar"><span class="date-now">Thứ Hai, 24/01/2022</span> <a href="https://www.anninhthudo.vn/rss.html">RSS</a> <a href="https://www.anninhthudo.vn/dang-nhap.html">Đăng nhập</a></div>
 <a class="antd-logo" href="https://www.anninhthudo.vn/" title="ANTĐ"><img src="https://static.anninhthudo.vn/v2/web/styles/img/logo-antd.png" alt="ANTĐ" width="200" height="60"><span class="slogan">Vì bình yên cuộc sống</span></a>
 <nav class="antd-menu"><ul><li class="home"><a href="https://www.anninhthudo.vn/">Trang chủ</a></li>
<li><a href="https://www.anninhthudo.vn/thoi-su/">Thời sự</a></li>
<li><a href="https://www.anninhthudo.vn/chinh-tri/">Chính trị</a></li>
<li><a href="https://www.anninhthudo.vn/xa-hoi/">Xã hội</a></li>
<li><a href="https://www.anninhthudo.vn/ha-noi/">Hà Nội</a></li>
<li><a href="https://www.anninhthudo.vn/phap-luat/">Pháp luật</a></li>
<li><a href="https://www.anninhthudo.vn/an-ninh-hinh-su/">An ninh - Hình sự</a></li>
<li><a href="https://www.anninhthudo.vn/quoc-te/">Quốc tế</a></li>
<li><a href="https://www.anninhthudo.vn/quan-su/">Quân sự</a></li>
<li><a href="https://www.anninhthudo.vn/ho-so/">Hồ sơ</a></li>
<li><a href="https://www.anninhthudo.vn/kinh-te/">Kinh tế</a></li>
<li><a href="https://www.anninhthudo.vn/bat-dong-san/">Bất động sản</a></li>
<li><a href="https://www.anninhthudo.vn/thi-truong/">Thị trường</a></li>
<li><a href="https://www.anninhthudo.vn/van-hoa/">Văn hóa</a></li>
<li><a href="https://www.anninhthudo.vn/giai-tri/">Giải trí</a></li>
<li><a href="https://www.anninhthudo.vn/the-thao/">Thể thao</a></li>
<li><a href="https://www.anninhthudo.vn/bong-da/">Bóng đá</a></li>
<li><a href="https://www.anninhthudo.vn/suc-khoe/">Sức khỏe</a></li>
<li><a href="https://www.anninhthudo.vn/giao-duc/">Giáo dục</a></li>
<li><a href="https://www.anninhthudo.vn/cong-nghe/">Công nghệ</a></li>
<li><a href="https://www.anninhthudo.vn/xe/">Xe</a></li>
<li><a href="https://www.anninhthudo.vn/ban-doc/">Bạn đọc</a></li>
<li><a href="https://www.anninhthudo.vn/video/">Video</a></li>
<li><a href="https://www.anninhthudo.vn/anh/">Ảnh</a></li>
<li><a href="https://www.anninhthudo.vn/canh-sat-toan-cau/">Cảnh sát toàn cầu</a></li>
<li><a href="https://www.anninhthudo.vn/cuoi-tuan/">Cuối tuần</a></li>
<li><a href="https://www.anninhthudo.vn/podcast/">Podcast</a></li>
 </ul></nav>
</header>
<div class="container">
<div class="main-col">
<ul class="antd-breadcrumb"><li><a href="https://www.anninhthudo.vn/quoc-te/">Quốc tế</a></li><li><a href="https://www.anninhthudo.vn/quoc-te/quan-su/">Quân sự</a></li></ul>
<article class="article-detail">
<h1 class="antd-detail-title">NATO đặt lực lượng trong tình trạng sẵn sàng, điều thêm tàu chiến và máy bay tới Đông Âu</h1>
<div class="antd-detail-time"><span class="time">Thứ Hai, 24/01/2022, 21:40</span> <span class="zone">Quốc tế</span></div>
<div class="antd-share share-top"><a class="fb" href="https://www.facebook.com/sharer.php?u=https://www.anninhthudo.vn/nato-dat-luc-luong-trong-tinh-trang-san-sang-dieu-them-tau-chien-va-may-bay-toi-dong-au-post489317.antd">Facebook</a><a class="zl" href="#">Zalo</a><a class="cp" href="#">Copy link</a><a class="save" href="#">Lưu bài</a></div>
<h2 class="antd-detail-sapo">ANTĐ - Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 24/1 thông báo đặt lực lượng trong tình trạng sẵn sàng, đồng thời điều thêm tàu chiến và máy bay chiến đấu tới Đông Âu nhằm tăng cường khả năng phòng thủ trước việc Nga tăng cường hiện diện quân sự gần Ukraine.</h2>
<div class="antd-detail-content" id="abody">
<p>Theo thông cáo của NATO, Đan Mạch sẽ điều một tàu khu trục tới biển Baltic và triển khai 4 máy bay chiến đấu F-16 tới Litva. Tây Ban Nha gửi tàu chiến tham gia lực lượng hải quân của NATO và đang cân nhắc điều máy bay chiến đấu tới Bulgaria.</p>
<p>Pháp bày tỏ sẵn sàng đưa quân tới Romania dưới sự chỉ huy của NATO, trong khi Hà Lan cho biết sẽ gửi hai máy bay chiến đấu F-35 tới Bulgaria từ tháng 4 và đặt một tàu chiến cùng các đơn vị trên bộ ở trạng thái chờ lệnh cho Lực lượng phản ứng nhanh của NATO.</p>
<p>“NATO sẽ tiếp tục thực hiện mọi biện pháp cần thiết để bảo vệ và phòng thủ cho tất cả các đồng minh, bao gồm cả việc tăng cường phần phía đông của liên minh”, Tổng Thư ký NATO Jens Stoltenberg tuyên bố. Ông cho biết NATO hoan nghênh việc các nước đồng minh đóng góp thêm lực lượng.</p>
<div class="box-related-inline"><div class="title-box">Tin liên quan</div><ul><li><a href="https://www.anninhthudo.vn/my-yeu-cau-than-nhan-nhan-vien-dai-su-quan-roi-ukraine-post489100.antd" title="Mỹ yêu cầu thân nhân nhân viên đại sứ quán rời Ukraine">Mỹ yêu cầu thân nhân nhân viên đại sứ quán rời Ukraine</a></li><li><a href="https://www.anninhthudo.vn/anh-cao-buoc-nga-am-muu-dung-chinh-quyen-than-moscow-o-kiev-post489141.antd" title="Anh cáo buộc Nga âm mưu dựng chính quyền thân Moscow ở Kiev">Anh cáo buộc Nga âm mưu dựng chính quyền thân Moscow ở Kiev</a></li><li><a href="https://www.anninhthudo.vn/ngoai-truong-nga-my-gap-nhau-tai-geneva-nhat-tri-tiep-tuc-doi-thoai-post489182.antd" title="Ngoại trưởng Nga - Mỹ gặp nhau tại Geneva, nhất trí tiếp tục đối thoại">Ngoại trưởng Nga - Mỹ gặp nhau tại Geneva, nhất trí tiếp tục đối thoại</a></li></ul></div>
<p>Cùng ngày, Lầu Năm Góc cho biết khoảng 8.500 binh sĩ Mỹ đã được đặt trong tình trạng báo động cao, sẵn sàng triển khai tới châu Âu trong trường hợp NATO kích hoạt lực lượng phản ứng nhanh. Người phát ngôn Lầu Năm Góc John Kirby nhấn mạnh chưa có quyết định cuối cùng về việc điều quân.</p>
<p>Phản ứng trước động thái này, Người phát ngôn Điện Kremlin Dmitry Peskov cho rằng căng thẳng đang leo thang do “những hành động cụ thể” của Mỹ và NATO chứ không phải của Nga. Ông Peskov khẳng định Moscow đang theo dõi sát tình hình với “sự lo ngại lớn”.</p>
<figure class="expNoEdit"><img class="lazyload" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 800 533'%3E%3C/svg%3E" data-src="https://image.anninhthudo.vn/w800/Uploaded/2022/bpivpvoi/2022_01_24/f16-dan-mach-7482.jpg" alt="Máy bay F-16 Đan Mạch" width="800" height="533"><figcaption>Máy bay chiến đấu F-16 của Không quân Đan Mạch. Ảnh: Reuters</figcaption></figure>
<p>Cũng trong ngày 24/1, Ngoại trưởng các nước EU họp tại Brussels đã nhất trí ra tuyên bố chung, cảnh báo bất kỳ hành động xâm lược quân sự nào của Nga nhằm vào Ukraine sẽ phải trả giá đắt. Ngoại trưởng Mỹ Antony Blinken tham gia một phần cuộc họp theo hình thức trực tuyến.</p>
<p>Trước đó, Bộ Ngoại giao Mỹ đã yêu cầu thân nhân các nhân viên Đại sứ quán Mỹ tại Kiev rời khỏi Ukraine, đồng thời cho phép một số nhân viên không thiết yếu tự nguyện rời đi. Anh cũng thông báo rút một số nhân viên và thân nhân khỏi Đại sứ quán tại Kiev.</p>
<p>Phía Ukraine cho rằng quyết định của Mỹ là “quá sớm” và thể hiện “sự thận trọng thái quá”. Người phát ngôn Bộ Ngoại giao Ukraine Oleg Nikolenko khẳng định nguy cơ an ninh đối với nước này không thay đổi đáng kể trong thời gian gần đây.</p>
<p>Nga nhiều lần bác bỏ cáo buộc có kế hoạch tấn công Ukraine và cho rằng phương Tây đang sử dụng những cáo buộc này làm cái cớ để tăng cường hiện diện quân sự của NATO gần biên giới Nga.</p>
</div>
<div class="antd-author"><strong>Hải Minh</strong> (theo Reuters)</div>
<div class="antd-tags"><span>Tags:</span> <a href="https://www.anninhthudo.vn/tags/nato.tag">NATO</a> <a href="https://www.anninhthudo.vn/tags/nga.tag">Nga</a> <a href="https://www.anninhthudo.vn/tags/ukraine.tag">Ukraine</a> <a href="https://www.anninhthudo.vn/tags/dong-au.tag">Đông Âu</a></div>
<div class="antd-share share-bottom"><span>Chia sẻ bài viết:</span><a class="fb" href="#">Facebook</a><a class="zl" href="#">Zalo</a><a class="tw" href="#">Twitter</a></div>
</article>
<section class="antd-comment" id="comment-box">
 <div class="box-head">Bình luận <span class="cnt">(5)</span></div>
 <form class="comment-form"><textarea placeholder="Viết bình luận của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form>
 <ul class="comment-list">
<li class="comment-item" data-id="7731200"><div class="c-avatar">N</div><div class="c-body"><span class="c-name">Nguyễn Văn Nam</span> <span class="c-time">24/01/2022 22:05</span><p class="c-text">NATO điều thêm tàu chiến và máy bay F-16 tới Đông Âu thế này thì căng thẳng chỉ có tăng thêm chứ không giảm. Mong các bên sớm ngồi lại với nhau.</p><div class="c-act"><a class="like" href="#">Thích</a> <span class="count">12</span> · <a class="reply" href="#">Trả lời</a></div></div></li>
<li class="comment-item" data-id="7731201"><div class="c-avatar">T</div><div class="c-body"><span class="c-name">Trần Thu Hà</span> <span class="c-time">24/01/2022 22:31</span><p class="c-text">Mỹ đặt 8.500 binh sĩ trong tình trạng báo động cao mà vẫn nói chưa quyết định điều quân, nghe cứ thấy mâu thuẫn thế nào ấy.</p><div class="c-act"><a class="like" href="#">Thích</a> <span class="count">8</span> · <a class="reply" href="#">Trả lời</a></div></div></li>
<li class="comment-item" data-id="7731202"><div class="c-avatar">L</div><div class="c-body"><span class="c-name">Lê Minh Tuấn</span> <span class="c-time">24/01/2022 23:02</span><p class="c-text">Ông Peskov nói đúng, căng thẳng leo thang là do hành động của Mỹ và NATO. Nga chỉ tập trận trên lãnh thổ của mình thôi mà.</p><div class="c-act"><a class="like" href="#">Thích</a> <span class="count">5</span> · <a class="reply" href="#">Trả lời</a></div></div></li>
<li class="comment-item" data-id="7731203"><div class="c-avatar">P</div><div class="c-body"><span class="c-name">Phạm Hồng Nhung</span> <span class="c-time">25/01/2022 06:48</span><p class="c-text">Ukraine còn bảo Mỹ rút thân nhân nhân viên đại sứ quán là quá sớm, vậy mà các nước cứ lo sơ tán trước. Người dân bình thường mới là người chịu thiệt.</p><div class="c-act"><a class="like" href="#">Thích</a> <span class="count">3</span> · <a class="reply" href="#">Trả lời</a></div></div></li>
<li class="comment-item" data-id="7731204"><div class="c-avatar">Đ</div><div class="c-body"><span class="c-name">Đỗ Quang Huy</span> <span class="c-time">25/01/2022 07:15</span><p class="c-text">Hà Lan gửi F-35 tới Bulgaria, Pháp sẵn sàng đưa quân tới Romania... châu Âu đang chuẩn bị cho kịch bản xấu nhất rồi.</p><div class="c-act"><a class="like" href="#">Thích</a> <span class="count">2</span> · <a class="reply" href="#">Trả lời</a></div></div></li>
 </ul>
 <a class="more-comment" href="#">Xem thêm bình luận</a>
</section>
<section class="antd-news-latest"><div class="box-head">Tin mới cập nhật</div><ul>
<li><a href="https://www.anninhthudo.vn/thu-tuong-anh-canh-bao-nga-ve-cuoc-xam-luoc-tham-khoc-post489200.antd">Thủ tướng Anh cảnh báo Nga về cuộc xâm lược “thảm khốc”</a> <time>21:15</time></li>
<li><a href="https://www.anninhthudo.vn/my-chuyen-lo-vu-khi-moi-toi-ukraine-post489201.antd">Mỹ chuyển lô vũ khí mới tới Ukraine</a> <time>20:50</time></li>
<li><a href="https://www.anninhthudo.vn/ba-lan-tang-cuong-an-ninh-bien-gioi-voi-belarus-post489202.antd">Ba Lan tăng cường an ninh biên giới với Belarus</a> <time>20:12</time></li>
<li><a href="https://www.anninhthudo.vn/gia-dau-tang-do-cang-thang-nga-phuong-tay-post489203.antd">Giá dầu tăng do căng thẳng Nga - phương Tây</a> <time>19:40</time></li>
<li><a href="https://www.anninhthudo.vn/duc-tu-choi-cung-cap-vu-khi-sat-thuong-cho-ukraine-post489204.antd">Đức từ chối cung cấp vũ khí sát thương cho Ukraine</a> <time>18:55</time></li>
</ul></section>
</div>
<aside class="side-col">
 <div class="antd-ads" id="admzone477"></div>
 <section class="antd-most-read"><div class="box-head">Đọc nhiều nhất</div><ol>
<li><span class="num">01</span><a href="https://www.anninhthudo.vn/ha-noi-khoi-to-doi-tuong-lua-dao-chiem-doat-tien-ty-qua-mang-post488000.antd">Hà Nội: Khởi tố đối tượng lừa đảo chiếm đoạt tiền tỷ qua mạng</a></li>
<li><span class="num">02</span><a href="https://www.anninhthudo.vn/cong-an-ha-noi-ra-quan-bao-dam-an-ninh-trat-tu-dip-tet-nham-dan-post488077.antd">Công an Hà Nội ra quân bảo đảm an ninh trật tự dịp Tết Nhâm Dần</a></li>
<li><span class="num">03</span><a href="https://www.anninhthudo.vn/nga-tap-tran-ban-dan-that-gan-bien-gioi-ukraine-post488154.antd">Nga tập trận bắn đạn thật gần biên giới Ukraine</a></li>
<li><span class="num">04</span><a href="https://www.anninhthudo.vn/gia-xang-dau-co-the-tang-manh-trong-ky-dieu-hanh-toi-post488231.antd">Giá xăng dầu có thể tăng mạnh trong kỳ điều hành tới</a></li>
<li><span class="num">05</span><a href="https://www.anninhthudo.vn/triet-pha-duong-day-ca-do-bong-da-qua-mang-post488308.antd">Triệt phá đường dây cá độ bóng đá qua mạng</a></li>
<li><span class="num">06</span><a href="https://www.anninhthudo.vn/my-dieu-them-3-000-binh-si-toi-ba-lan-va-romania-post488385.antd">Mỹ điều thêm 3.000 binh sĩ tới Ba Lan và Romania</a></li>
 </ol></section>
 <div class="antd-ads" id="admzone478"></div>
</aside>
</div>
<footer class="antd-footer">
 <div class="f-menu"><a href="https://www.anninhthudo.vn/thoi-su/">Thời sự</a> · <a href="https://www.anninhthudo.vn/chinh-tri/">Chính trị</a> · <a href="https://www.anninhthudo.vn/xa-hoi/">Xã hội</a> · <a href="https://www.anninhthudo.vn/ha-noi/">Hà Nội</a> · <a href="https://www.anninhthudo.vn/phap-luat/">Pháp luật</a> · <a href="https://www.anninhthudo.vn/an-ninh-hinh-su/">An ninh - Hình sự</a> · <a href="https://www.anninhthudo.vn/quoc-te/">Quốc tế</a> · <a href="https://www.anninhthudo.vn/quan-su/">Quân sự</a> · <a href="https://www.anninhthudo.vn/ho-so/">Hồ sơ</a> · <a href="https://www.anninhthudo.vn/kinh-te/">Kinh tế</a> · <a href="https://www.anninhthudo.vn/bat-dong-san/">Bất động sản</a> · <a href="https://www.anninhthudo.vn/thi-truong/">Thị trường</a></div>
 <p><strong>ANTĐ</strong> - Cơ quan của Công an thành phố Hà Nội</p>
 <p>Giấy phép hoạt động báo điện tử số 480/GP-BTTTT ngày 12/10/2021 · Tổng Biên tập: Nguyễn Như Phong</p>
 <p>Tòa soạn: 23 Trần Bình Trọng, Hoàn Kiếm, Hà Nội · Đường dây nóng: 0692.196.969 · Email: bandoc@anninhthudo.vn</p>
 <p>© Bản quyền thuộc về ANTĐ. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</footer>
<script src="https://static.anninhthudo.vn/v2/web/js/lazysizes.min.js" async></script>
<script>
document.querySelector('.btn-accept').addEventListener('click', function () { document.cookie = 'antd_cookie_ok=1; max-age=31536000; path=/'; document.getElementById('cookie-consent').style.display = 'none'; });
if (document.cookie.indexOf('antd_cookie_ok=1') > -1) { document.getElementById('cookie-consent').style.display = 'none'; }
</script>
</body>
</html>
