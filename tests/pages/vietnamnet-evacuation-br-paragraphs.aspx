<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>
	H&#417;n 3.000 ng&#432;&#7901;i Vi&#7879;t &#273;&#227; s&#417; t&#225;n kh&#7887;i Ukraine sang c&#225;c n&#432;&#7899;c l&#225;ng gi&#7873;ng - VietNamNet
</title>
<meta name="description" content="Tính đến chiều 3/3, hơn 3.000 công dân Việt Nam đã rời Ukraine sang Ba Lan, Romania, Moldova, Hungary và Slovakia, phần lớn được các cơ quan đại diện Việt Nam bố trí chỗ ở tạm thời, theo Bộ Ngoại giao." />
<meta name="keywords" content="sơ tán công dân, người Việt ở Ukraine, Bộ Ngoại giao, Lê Thị Thu Hằng, Ba Lan, Romania" />
<meta name="robots" content="index, follow" />
<meta name="copyright" content="Copyright © 1997-2022 VietNamNet" />
<meta property="fb:app_id" content="1488986958058549" />
<meta property="og:site_name" content="VietNamNet" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Hơn 3.000 người Việt đã sơ tán khỏi Ukraine sang các nước láng giềng" />
<meta property="og:description" content="Tính đến chiều 3/3, hơn 3.000 công dân Việt Nam đã rời Ukraine sang Ba Lan, Romania, Moldova, Hungary và Slovakia, phần lớn được các cơ quan đại diện Việt Nam bố trí chỗ ở tạm thời, theo Bộ Ngoại giao." />
<meta property="og:url" content="https://vietnamnet.vn/vn/thoi-su/hon-3-000-nguoi-viet-da-so-tan-khoi-ukraine-sang-cac-nuoc-lang-gieng-818735.html" />
<meta property="og:image" content="https://vnn-imgs-f.vgcloud.vn/2022/03/03/18/nguoi-viet-so-tan-ukraine.jpg" />
<meta property="article:published_time" content="2022-03-03T18:45:00+07:00" />
<meta name="pubdate" content="2022-03-03T18:45:00+07:00" />
<meta name="tt_site_id" content="1" /><meta name="tt_category_id" content="1027" /><meta name="tt_article_id" content="818735" />
<link rel="canonical" href="https://vietnamnet.vn/vn/thoi-su/hon-3-000-nguoi-viet-da-so-tan-khoi-ukraine-sang-cac-nuoc-lang-gieng-818735.html" />
<link rel="amphtml" href="https://vietnamnet.vn/amp/vn/thoi-su/hon-3-000-nguoi-viet-da-so-tan-khoi-ukraine-sang-cac-nuoc-lang-gieng-818735.html" />
<link href="/App_Themes/Default/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<style type="text/css">
html {
    -webkit-text-size-adjust:100%;
    -ms-text-size-adjust:100%
}
body{margin:0;
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    color:#222;
    background:#fff
}
*,:after,:before{box-sizing:border-box
}
a{color:inherit;
    text-decoration:none
}
img{max-width:100%;
    height:auto;
    border:0
}
ul,ol{list-style:none;
    margin:0;
    padding:0
}
button{font:inherit;
    border:0;
    background:0 0
}

.fb-like:not(:last-child) {
    border-radius:4px;
    font-size:13px
}

.comment-box .top-one:first-child {
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    text-align:left;
    border-bottom:1px solid #006a3b;
    text-overflow:ellipsis;
    width:calc(100% - 30px);
    transform:translateY(-50%)
}

.ArticleContent strong {
    color:#222;
    border-bottom:1px solid #e5e5e5;
    position:absolute
}

.footer-vnn:not(:last-child) {
    vertical-align:middle;
    border-bottom:1px solid #076db6;
    height:100%;
    -webkit-box-orient:vertical;
    background:#1a73e8;
    align-items:center;
    position:absolute
}

.ArticleContent a:nth-child(2n) {
    top:0;
    -webkit-box-orient:vertical;
    left:0;
    box-sizing:border-box;
    z-index:2;
    width:100%;
    overflow:hidden
}

.fb-like {
    align-items:center;
    transition:all .3s ease;
    transform:translateY(-50%);
    opacity:.6;
    gap:4px;
    width:1130px
}

.inner-article:last-child {
    text-decoration:none;
    left:0;
    text-transform:uppercase;
    overflow:hidden
}

.FCKImage_caption>figcaption:before,.ArticleDateTime .FCKImage:hover {
    text-decoration:none;
    font-style:italic;
    transition:all .3s ease;
    display:inline-block
}

.FCKImage figure:before {
    font-weight:500;
    -webkit-box-orient:vertical;
    box-sizing:border-box
}

.ArticleLead time {
    max-width:760px;
    overflow:hidden;
    border-radius:20px
}

.ArticleLead {
    top:50%;
    padding:8px 12px 8px 0;
    object-fit:cover;
    align-items:center;
    font-family:Arial,"Helvetica Neue",Helvetica,sans-serif
}

.comment-box i:before,.f-22 .c-3e:not(:last-child) {
    cursor:pointer;
    z-index:99;
    text-overflow:ellipsis;
    -webkit-line-clamp:3;
    justify-content:space-between
}

.list-same:not(:last-child) {
    vertical-align:middle;
    cursor:pointer;
    top:50%
}

.pd-l-10 svg:after {
    left:0;
    opacity:.6
}

.comment-box>ul:last-child {
    -webkit-line-clamp:3;
    width:1130px;
    color:#f2f2f2;
    white-space:nowrap
}

.footer-vnn:last-child {
    text-decoration:none;
    left:0;
    text-overflow:ellipsis;
    align-items:center
}

.t-j:last-child {
    top:50%;
    text-transform:uppercase;
    position:absolute;
    transition:all .3s ease
}

.item:first-child,.c-3e:nth-child(2n) {
    align-items:center;
    -webkit-box-orient:vertical;
    font-style:italic;
    white-space:nowrap;
    vertical-align:middle;
    text-overflow:ellipsis
}

.bold strong:nth-child(2n) {
    width:50%;
    background-color:#f2f2f2;
    border:1px solid #076db6;
    font-size:13px;
    margin:0 0 15px;
    height:250px;
    border-radius:50%
}

.ArticleContent>h4:after,.ArticleDetail .box-subcate:first-child {
    white-space:nowrap;
    transition:all .3s ease
}

.time svg:after {
    -webkit-line-clamp:3;
    padding:0 15px;
    align-items:center;
    object-fit:cover;
    letter-spacing:0;
    border-radius:4px
}

.list-same>h3 {
    font-weight:700;
    color:#b10000;
    font-family:"Noto Serif",Georgia,"Times New Roman",serif;
    object-fit:cover;
    font-style:italic;
    letter-spacing:.5px
}

.list-same .menu-sub:last-child {
    box-sizing:border-box;
    transform:translateY(-50%);
    position:fixed;
    -webkit-box-orient:vertical
}

.HotNews .footer-vnn:before,.pd-l-10 {
    background:#757575;
    font-style:italic;
    gap:8px;
    -webkit-line-clamp:2;
    padding:0 15px
}

.w-300 .box-subcate:hover {
    background-color:#f7f7f7;
    cursor:pointer;
    text-overflow:ellipsis;
    display:-webkit-box;
    -webkit-line-clamp:3
}

.w-300 .inner-article,.title figure:nth-child(2n) {
    text-transform:uppercase;
    background:#c6c6c6;
    left:0;
    transition:all .3s ease
}

.title ul:not(:last-child),.w-660,.bold i:nth-child(2n) {
    vertical-align:middle;
    box-sizing:border-box;
    transform:translateY(-50%);
    justify-content:flex-start;
    height:1px;
    border-radius:3px
}

.ArticleDetail:first-child {
    -webkit-line-clamp:4;
    box-sizing:border-box;
    -webkit-box-orient:vertical;
    display:flex;
    white-space:nowrap;
    cursor:pointer
}

.f-22 .ArticleLead {
    border:1px solid #fff;
    font-weight:400;
    background:#ed1c24;
    flex:1;
    justify-content:flex-start;
    cursor:pointer;
    font-size:12px
}

.menu-sub {
    padding:10px;
    gap:8px;
    width:1130px;
    position:relative;
    font-style:italic;
    border-bottom:1px solid #333;
    white-space:nowrap
}

.list-same:before {
    object-fit:cover;
    margin:20px 0 0
}

.title span:after,.pd-l-10 .comment-box {
    -webkit-line-clamp:2;
    object-fit:cover;
    vertical-align:middle
}

.item:not(:last-child),.menu-sub h4:before,.item .title:hover {
    border-radius:20px;
    width:50%;
    background:#ee3124;
    top:0
}

.ArticleDateTime img:not(:last-child),.w-660 strong:last-child,.footer-vnn svg {
    transform:translateY(-50%);
    font-size:13px;
    flex:1 1 0%;
    border:1px solid #757575;
    font-weight:bold;
    border-bottom:1px solid #9f224e
}

.list-same .top-one:before,.share-social:after,.list-same .fb-like:before {
    flex:0 0 auto;
    text-transform:uppercase;
    background-color:#0a5a8c;
    object-fit:cover;
    border-bottom:1px solid #076db6;
    justify-content:space-between;
    font-family:"Helvetica Neue",Helvetica,Arial,sans-serif
}

.t-j p:last-child {
    left:0;
    color:#006a3b;
    box-sizing:border-box;
    -webkit-box-orient:vertical;
    font-style:italic
}

.footer-vnn .FCKImage_caption:hover,.f-22 {
    transform:translateY(-50%);
    box-sizing:border-box;
    display:grid;
    overflow:hidden
}

.box-subcate:before {
    text-align:left;
    box-sizing:border-box;
    background-color:#1a73e8;
    transition:all .3s ease;
    z-index:1;
    background:#2b2b2b;
    border-radius:20px
}

.inner-article:after {
    border-radius:4px;
    position:relative;
    height:48px;
    background:#0a5a8c
}

.FCKImage:after {
    -webkit-box-orient:vertical;
    width:680px;
    transition:all .3s ease;
    -webkit-line-clamp:2;
    border-radius:4px;
    text-align:center;
    border-bottom:1px solid #333
}

.fl:before,.ArticleDetail .fr:first-child,.c-3e svg:nth-child(2n) {
    font-family:Roboto,Arial,sans-serif;
    line-height:1.6;
    cursor:pointer;
    font-weight:bold
}

@media (max-width:1199px) {
    .top-one:last-child{font-size:11px;
    overflow:hidden;
    align-items:center;
    gap:10px;
    vertical-align:middle
}
.ArticleDateTime:hover{text-decoration:none;
    vertical-align:middle;
    justify-content:space-between
}
.menu-sub figure,.FCKImage .c-3e:nth-child(2n),.ArticleContent:hover{background:#c6c6c6;
    letter-spacing:0;
    cursor:pointer;
    flex:1 1 0%;
    transform:translateY(-50%);
    text-transform:uppercase
}
.ArticleDetail:before{gap:8px;
    white-space:nowrap;
    margin:0 auto;
    -webkit-box-orient:vertical;
    box-sizing:border-box;
    font-weight:700;
    justify-content:center
}
.title .w-300:hover{font-weight:bold;
    object-fit:cover;
    text-align:right;
    font-size:18px;
    height:1px;
    transition:all .3s ease;
    font-family:"Helvetica Neue",Helvetica,Arial,sans-serif
}
.footer-vnn .ArticleDetail:before,.title>strong{background:#333;
    flex:0 0 auto;
    font-family:Merriweather,Georgia,serif;
    white-space:nowrap;
    padding:10px;
    line-height:160%;
    position:absolute
}
.pd-l-10:before{line-height:1.2;
    background:#757575
}
.title:first-child{font-style:italic;
    background:#f7f7f7;
    text-transform:uppercase;
    flex:1
}
.bold a{font-style:italic;
    position:relative;
    text-overflow:ellipsis;
    text-transform:uppercase;
    max-width:1130px;
    vertical-align:middle
}
.fr:first-child{margin:0 0 15px;
    z-index:99;
    border:1px solid #c6c6c6;
    max-width:calc(100vw - 20px);
    position:sticky
}
.c-3e .pd-l-10:nth-child(2n){font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;
    align-items:center
}
.menu-top{text-align:justify;
    left:0;
    justify-content:center;
    border-bottom:1px solid #e5e5e5;
    text-overflow:ellipsis;
    height:1px
}
.bdb-1 .top-one:after,.fb-like,.pd-l-10 .f-22{cursor:pointer;
    transform:translateY(-50%);
    background-color:#757575
}
.box-ads li:hover{box-sizing:border-box;
    letter-spacing:-.2px;
    font-weight:500;
    transform:translateY(-50%)
}
.FCKImage_caption .t-j:first-child{z-index:10000;
    background:#d4d4d4
}
.mg-t-10 .w-300:not(:last-child){justify-content:center;
    opacity:.6;
    letter-spacing:.5px;
    align-items:center;
    transition:all .3s ease;
    text-transform:uppercase;
    border-bottom:1px solid #000
}
.ArticleContent figcaption:nth-child(2n){align-items:center;
    -webkit-box-orient:vertical;
    color:#fff;
    text-align:left;
    background-color:#4f4f4f;
    left:0
}
.menu-top .FCKImage,.top-one i:first-child,.ArticleDetail:first-child{text-transform:uppercase;
    border-bottom:1px solid #2b2b2b;
    font-style:italic
}
.list-same figcaption:hover{border-bottom:1px solid #000;
    -webkit-box-orient:vertical
}
.ArticleContent{vertical-align:middle;
    align-items:center
}
.menu-sub:nth-child(2n){vertical-align:middle;
    letter-spacing:-.2px;
    align-items:center;
    border:1px solid #006a3b;
    box-sizing:border-box;
    text-transform:uppercase
}
.top-one ul,.share-social a,.inner-article h2:first-child{z-index:999;
    font-family:Roboto,Arial,sans-serif;
    top:0
}
.pd-l-10 svg{height:100%;
    transform:translateY(-50%);
    border:1px solid #d4d4d4;
    box-sizing:border-box
}
.ArticleDetail h2{top:50%;
    transition:all .3s ease
}
.FCKImage_caption>strong:after,.t-j:not(:last-child),.FCKImage_caption .ArticleContent:hover{z-index:9;
    width:680px;
    font-weight:500
}
.w-660 .inner-article:nth-child(2n),.comment-box a:last-child{top:0;
    cursor:pointer;
    -webkit-line-clamp:2;
    margin:10px 0;
    left:0
}
.share-social .item:last-child{font-weight:normal;
    margin:0 0 15px;
    align-items:center;
    top:0;
    text-transform:uppercase;
    flex:1;
    border:1px solid #006a3b
}
.box-subcate{text-overflow:ellipsis;
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    box-sizing:border-box
}
.t-j .list-same:hover,.FCKImage .title{display:inline-block;
    background:#222
}
.w-660:not(:last-child){font-size:14px;
    height:100%
}
.w-300 .box-subcate:nth-child(2n){box-sizing:border-box;
    text-decoration:none;
    background:#333;
    position:sticky;
    flex:1 1 0%;
    font-style:italic;
    vertical-align:middle
}
.ArticleDateTime i:first-child,.fl:first-child,.ArticleDetail{display:inline-block;
    height:100%;
    line-height:24px;
    border-bottom:1px solid #b10000
}
.bold button:after,.item img{line-height:1.4;
    transform:translateY(-50%);
    background-color:#006a3b;
    display:flex;
    background:#f2f2f2
}
.w-660 h4{font-style:italic;
    background:#222;
    width:calc(100% - 30px);
    flex:1
}
.title:after{border-bottom:1px solid #9f224e;
    -webkit-line-clamp:4;
    white-space:nowrap;
    font-weight:700
}
.FCKImage_caption:after{transition:all .3s ease;
    box-sizing:border-box;
    white-space:nowrap;
    opacity:0
}
.title a:first-child{text-align:justify;
    font-size:11px;
    color:#e5e5e5
}
.menu-sub .top-one:before,.ArticleLead:hover{transform:translateY(-50%);
    left:0
}
.time .FCKImage_caption{object-fit:cover;
    text-transform:uppercase;
    text-overflow:ellipsis;
    opacity:0
}
.time:nth-child(2n),.ArticleContent{border-bottom:1px solid rgba(0,0,0,.6);
    font-style:italic;
    transform:translateY(-50%);
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    -webkit-box-orient:vertical;
    white-space:nowrap;
    transition:all .3s ease
}
.title .ArticleContent:last-child,.ArticleDetail>h3:nth-child(2n){background-color:#333;
    font-weight:400;
    top:50%;
    transition:all .3s ease;
    text-overflow:ellipsis
}

}

@media (max-width:767px) {
    .f-22:before,.HotNews:before{position:absolute;
    overflow:hidden;
    opacity:0;
    width:1130px;
    padding:12px 0
}
.fb-like>a:last-child{font-style:italic;
    cursor:pointer
}
.ArticleDate>img:first-child{text-transform:uppercase;
    font-style:italic;
    gap:20px;
    object-fit:cover;
    border:1px solid rgba(255,255,255,.9);
    margin:20px 0 0;
    line-height:1.4
}
.ArticleContent:before{text-transform:uppercase;
    letter-spacing:-.2px;
    line-height:160%;
    margin:10px 0;
    -webkit-box-orient:vertical;
    overflow:hidden;
    border-radius:50%
}
.ArticleDetail:after{cursor:pointer;
    border-radius:20px;
    display:-webkit-box;
    border-bottom:1px solid #fff;
    z-index:999;
    font-weight:500
}
.FCKImage:last-child{text-transform:uppercase;
    justify-content:space-between;
    height:40px;
    cursor:pointer;
    position:sticky;
    object-fit:cover
}
.ArticleDate ul:nth-child(2n){text-decoration:none;
    letter-spacing:.5px;
    white-space:nowrap;
    text-align:center;
    align-items:center
}
.HotNews:before,.FCKImage_caption i:after,.bdb-1 span{margin:0 0 15px;
    font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
    vertical-align:middle;
    -webkit-line-clamp:4;
    width:100%;
    letter-spacing:0;
    top:-1px
}
.clearfix{line-height:160%;
    top:10px;
    align-items:center;
    -webkit-box-orient:vertical
}
.t-j img:not(:last-child){font-family:Merriweather,Georgia,serif;
    align-items:center;
    line-height:1.6;
    background:#0a5a8c;
    letter-spacing:0
}
.mg-t-10 figcaption{transform:translateY(-50%);
    font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;
    text-align:left;
    font-style:italic;
    letter-spacing:.5px
}
.list-same .box-subcate:before{border-radius:20px;
    background-color:#e5e5e5;
    text-decoration:none;
    padding:0 15px;
    vertical-align:middle;
    width:50%
}
.bdb-1 li{border-radius:50%;
    gap:20px;
    object-fit:cover;
    vertical-align:middle;
    text-decoration:none;
    overflow:hidden;
    -webkit-line-clamp:2
}
.w-660 .FCKImage_caption{height:100%;
    font-family:Merriweather,Georgia,serif;
    border:1px solid #9f224e;
    text-align:center;
    font-weight:bold;
    overflow:hidden
}
.w-660,.w-300 ul:after,.ArticleLead .inner-article:hover{top:10px;
    vertical-align:middle
}
.bdb-1:before,.share-social li{align-items:center;
    -webkit-line-clamp:3;
    transition:all .3s ease;
    padding:10px;
    height:48px;
    background-color:#222
}
.c-3e i:before,.clearfix:nth-child(2n){border-radius:50%;
    text-transform:uppercase;
    text-decoration:none;
    z-index:10000;
    font-style:italic;
    color:#076db6;
    object-fit:cover
}
.ArticleDetail .w-300:last-child,.comment-box a:last-child{height:40px;
    position:absolute
}
.FCKImage_caption .menu-sub:before,.ArticleDetail h4:nth-child(2n){text-decoration:none;
    transition:all .3s ease
}
.time img:after,.fr{text-transform:uppercase;
    color:#9f224e;
    flex:1;
    border-radius:3px
}
.bold strong:last-child{box-sizing:border-box;
    -webkit-line-clamp:4;
    line-height:1.2;
    font-style:italic;
    border-radius:4px
}
.fr:hover{top:50%;
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif
}
.FCKImage time{flex:1;
    -webkit-box-orient:vertical
}
.list-same .inner-article:first-child{height:40px;
    padding:0 15px;
    gap:8px;
    align-items:center;
    background:#fff;
    border-radius:4px;
    text-overflow:ellipsis
}
.menu-sub:first-child{white-space:nowrap;
    gap:8px;
    height:1px;
    opacity:1;
    background-color:#e5e5e5;
    letter-spacing:.5px;
    transition:all .3s ease
}
.fl .f-22:before{color:rgba(255,255,255,.9);
    display:-webkit-box;
    flex:1
}
.w-660:after{font-weight:bold;
    display:inline-block;
    color:#333;
    max-width:760px;
    box-sizing:border-box;
    overflow:hidden;
    object-fit:cover
}
.share-social:not(:last-child),.clearfix i:not(:last-child){background:#f7f7f7;
    box-sizing:border-box;
    -webkit-line-clamp:2;
    text-decoration:none;
    line-height:normal
}
.FCKImage:nth-child(2n){font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
    z-index:99;
    width:300px;
    left:0
}
.time{font-weight:400;
    background-color:#f2f2f2;
    text-decoration:none;
    box-sizing:border-box;
    border-bottom:1px solid #c6c6c6;
    -webkit-box-orient:vertical
}
.fl strong:nth-child(2n){text-transform:uppercase;
    text-align:right
}
.time time:before{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;
    left:0;
    vertical-align:middle;
    flex:1;
    top:50%
}
.FCKImage_caption .FCKImage_caption:last-child{background-color:#2b2b2b;
    gap:4px;
    max-width:1130px;
    -webkit-line-clamp:3
}
.w-660:not(:last-child){left:0;
    text-decoration:none;
    font-weight:normal;
    object-fit:cover;
    gap:16px;
    height:250px
}
.fl span:last-child,.footer-vnn:before{align-items:center;
    max-width:100%;
    width:100%;
    gap:8px
}
.ArticleDateTime>p{-webkit-line-clamp:4;
    flex:1 1 0%
}
.ArticleDateTime .item{top:10px;
    border-radius:20px;
    background-color:#076db6;
    transition:all .3s ease;
    box-sizing:border-box;
    z-index:999;
    font-weight:400
}
.box-subcate .share-social,.list-same .fr:before{display:-webkit-box;
    letter-spacing:0;
    left:0
}
.t-j i{justify-content:center;
    overflow:hidden;
    height:250px;
    display:none;
    font-style:italic;
    text-transform:uppercase;
    border-radius:3px
}
.list-same h3:first-child{cursor:pointer;
    opacity:.6;
    margin:0 -15px
}
.FCKImage_caption figcaption{background-color:#e5e5e5;
    cursor:pointer
}

}

@media (min-width:768px) and (max-width:1023px) {
    .box-subcate .menu-top{top:-1px;
    border:1px solid #1a73e8;
    border-radius:3px
}
.inner-article{-webkit-box-orient:vertical;
    margin:0 auto;
    line-height:1.4;
    opacity:1;
    top:-1px;
    align-items:center;
    position:fixed
}
.ArticleContent .top-one:last-child{-webkit-box-orient:vertical;
    box-sizing:border-box
}
.ArticleLead:not(:last-child){transform:translateY(-50%);
    object-fit:cover;
    font-family:"Noto Serif",Georgia,"Times New Roman",serif
}
.ArticleDateTime,.w-660 span:hover{transition:all .3s ease;
    text-align:justify;
    color:#222;
    opacity:1
}
.box-ads .box-subcate:hover,.item .ArticleDetail:nth-child(2n),.bold a:nth-child(2n){font-weight:500;
    text-align:center;
    transform:translateY(-50%);
    opacity:.8
}
.title h2{opacity:0;
    border:1px solid #c6c6c6;
    vertical-align:middle;
    -webkit-box-orient:vertical;
    overflow:hidden;
    font-weight:normal
}
.w-660{vertical-align:middle;
    left:0;
    object-fit:cover;
    box-sizing:border-box;
    text-transform:uppercase;
    color:#000;
    position:absolute
}
.list-same button:nth-child(2n){top:50%;
    height:100%;
    white-space:nowrap;
    vertical-align:middle;
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    background:#f2f2f2
}
.item .bold:before{position:fixed;
    justify-content:center;
    font-weight:700;
    -webkit-box-orient:vertical;
    margin:0 -15px;
    text-align:left;
    max-width:1130px
}
.list-same .HotNews{justify-content:center;
    display:none;
    box-sizing:border-box;
    letter-spacing:.5px;
    max-width:100%
}
.mg-t-10:before{text-decoration:none;
    width:300px;
    flex:1 1 0%;
    font-style:italic
}
.list-same:hover{font-style:italic;
    font-size:15px;
    border:1px solid #006a3b;
    cursor:pointer;
    box-sizing:border-box;
    text-transform:uppercase
}
.w-660 .pd-l-10:last-child{object-fit:cover;
    text-align:center;
    z-index:10000;
    border:1px solid #9f224e;
    font-weight:400;
    gap:16px;
    letter-spacing:-.2px
}
.f-22 h1{line-height:28px;
    gap:8px
}
.ArticleDate i:not(:last-child){text-transform:uppercase;
    vertical-align:middle;
    top:50%;
    position:sticky;
    text-decoration:none;
    cursor:pointer;
    white-space:nowrap
}
.ArticleLead:nth-child(2n){color:#f2f2f2;
    background-color:#e5e5e5;
    height:250px;
    overflow:hidden
}
.time h4:last-child{line-height:normal;
    box-sizing:border-box;
    border:1px solid #ed1c24;
    align-items:center;
    overflow:hidden;
    border-bottom:1px solid #1a73e8;
    flex:1
}
.inner-article:hover{-webkit-line-clamp:2;
    left:0;
    text-align:right;
    font-family:Roboto,Arial,sans-serif
}
.w-300 svg:before,.ArticleDateTime img,.fr h1:not(:last-child){z-index:9;
    width:100%;
    flex:1 1 0%
}
.list-same ul:not(:last-child),.box-ads{z-index:9;
    white-space:nowrap
}
.title,.comment-box:not(:last-child){text-overflow:ellipsis;
    font-weight:bold;
    flex:1 1 0%;
    color:#c6c6c6
}
.time:last-child,.FCKImage_caption span:hover{margin:0;
    opacity:.8;
    text-decoration:none;
    font-style:italic;
    transform:translateY(-50%)
}
.bold:last-child,.bdb-1 .bold,.ArticleDate time:first-child{border-radius:50%;
    white-space:nowrap
}
.footer-vnn:before{border:1px solid #f2f2f2;
    box-sizing:border-box;
    overflow:hidden
}
.box-subcate li:first-child{border-radius:3px;
    width:100%
}
.fl .f-22:hover{text-align:left;
    text-transform:uppercase;
    flex:1;
    border:1px solid #c6c6c6
}
.title .c-3e:after,.w-300 strong:before{border-radius:50%;
    transition:all .3s ease
}
.top-one ul:after,.time,.fb-like .c-3e:hover{text-transform:uppercase;
    align-items:center;
    transition:all .3s ease;
    max-width:760px;
    border:1px solid #d4d4d4
}
.ArticleDate p{flex:1 1 0%;
    font-style:italic;
    box-sizing:border-box
}
.fl:after{justify-content:space-between;
    object-fit:cover;
    background-color:#b10000
}
.menu-sub i:after{-webkit-box-orient:vertical;
    cursor:pointer;
    z-index:2;
    border:1px solid #333
}
.footer-vnn button:after,.time h1:nth-child(2n){text-decoration:none;
    cursor:pointer;
    position:sticky;
    height:100%
}
.box-subcate:nth-child(2n),.ArticleDate:nth-child(2n){font-family:Merriweather,Georgia,serif;
    position:relative;
    object-fit:cover
}
.HotNews{white-space:nowrap;
    left:0;
    flex:1 1 0%;
    margin:20px 0 0;
    text-transform:uppercase;
    border:1px solid #2b2b2b;
    width:auto
}
.footer-vnn h3:nth-child(2n),.box-ads,.w-300 time:last-child{overflow:hidden;
    z-index:9;
    background-color:#000;
    justify-content:center
}
.top-one span,.FCKImage>i:nth-child(2n),.FCKImage_caption{align-items:center;
    background-color:#f2f2f2;
    max-width:760px;
    z-index:10000;
    object-fit:cover
}
.inner-article:not(:last-child){vertical-align:middle;
    white-space:nowrap;
    height:250px;
    object-fit:cover;
    margin:10px 0;
    padding:8px 12px 8px 0;
    line-height:24px
}
.title:nth-child(2n){border:1px solid #333;
    transform:translateY(-50%);
    margin:0 auto;
    gap:4px;
    border-bottom:1px solid #2b2b2b;
    text-overflow:ellipsis;
    color:#757575
}
.bdb-1:nth-child(2n),.menu-sub>i:not(:last-child),.pd-l-10 h4{cursor:pointer;
    max-width:760px;
    background:#ee3124;
    padding:8px 12px 8px 0;
    align-items:center;
    vertical-align:middle
}
.title:first-child{align-items:center;
    position:fixed
}

}

@media print {
    .w-660:last-child,.clearfix:after,.fb-like .fl{background:rgba(255,255,255,.9);
    letter-spacing:0;
    padding:10px;
    z-index:10000;
    align-items:center;
    font-weight:700;
    text-overflow:ellipsis
}
.ArticleContent span,.mg-t-10 h3:last-child{left:0;
    transform:translateY(-50%);
    text-align:right;
    height:40px;
    font-weight:700
}
.ArticleDateTime:nth-child(2n){border:1px solid #d4d4d4;
    z-index:2;
    opacity:.8;
    color:#e5e5e5;
    gap:8px
}
.ArticleDetail:before{cursor:pointer;
    line-height:normal;
    white-space:nowrap;
    width:1130px;
    text-transform:uppercase
}
.ArticleContent:nth-child(2n){font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
    box-sizing:border-box;
    color:rgba(255,255,255,.9);
    text-align:justify
}
.top-one .inner-article{height:100%;
    z-index:9
}
.comment-box:nth-child(2n){opacity:.8;
    text-align:center;
    width:50%;
    margin:20px 0 0;
    vertical-align:middle
}
.ArticleDate:before,.w-300 h4{flex:1;
    display:none;
    overflow:hidden;
    width:300px;
    letter-spacing:.5px;
    z-index:9
}
.comment-box:not(:last-child){transition:all .3s ease;
    width:calc(100% - 30px);
    flex:1 1 0%;
    position:sticky;
    text-align:right;
    font-size:13px;
    text-transform:uppercase
}
.item,.inner-article,.inner-article .HotNews:after{font-size:18px;
    border:1px solid #2b2b2b;
    box-sizing:border-box;
    width:1130px
}
.HotNews:after{height:48px;
    flex:1;
    background-color:#fff;
    top:10px;
    border:1px solid #1a73e8;
    margin:0 -15px;
    color:#c6c6c6
}
.footer-vnn:nth-child(2n),.inner-article:last-child,.pd-l-10 .FCKImage:nth-child(2n){-webkit-box-orient:vertical;
    opacity:0;
    border-bottom:1px solid #006a3b;
    overflow:hidden;
    background-color:#4f4f4f;
    transition:all .3s ease;
    top:10px
}
.HotNews ul{display:-webkit-box;
    font-weight:500;
    transition:all .3s ease;
    font-style:italic
}
.title:not(:last-child){max-width:760px;
    opacity:1;
    vertical-align:middle;
    flex:1;
    transform:translateY(-50%);
    -webkit-line-clamp:3;
    gap:16px
}
.FCKImage figcaption:hover{text-align:right;
    transform:translateY(-50%);
    position:sticky;
    left:0;
    align-items:center;
    max-width:1130px
}
.fb-like figure{justify-content:space-between;
    vertical-align:middle;
    font-style:italic;
    max-width:calc(100vw - 20px);
    margin:0 -15px;
    white-space:nowrap;
    -webkit-line-clamp:2
}
.pd-l-10 .ArticleDate:last-child{line-height:24px;
    top:50%;
    text-align:justify;
    white-space:nowrap;
    color:#000
}
.w-300 figcaption:nth-child(2n){letter-spacing:.5px;
    white-space:nowrap;
    overflow:hidden;
    text-align:center
}
.f-22{flex:0 0 auto;
    vertical-align:middle;
    gap:8px;
    width:680px
}
.ArticleDateTime,.comment-box>a:before,.menu-top:first-child{max-width:100%;
    padding:8px 12px 8px 0;
    gap:10px;
    display:block;
    border-radius:50%;
    position:relative
}
.menu-top:last-child,.bold:after,.pd-l-10 .f-22:before{line-height:1.5;
    font-weight:400;
    flex:0 0 auto;
    border:1px solid #f7f7f7;
    box-sizing:border-box;
    border-radius:50%;
    z-index:2
}
.ArticleDetail,.ArticleDate:before{max-width:100%;
    gap:20px;
    transform:translateY(-50%);
    border:1px solid #c6c6c6
}
.pd-l-10 i:first-child{width:300px;
    z-index:999;
    border:1px solid #e5e5e5
}
.bdb-1:after,.fl .item{overflow:hidden;
    left:0;
    transition:all .3s ease;
    font-style:italic;
    object-fit:cover;
    height:48px
}
.list-same time:nth-child(2n){position:relative;
    top:-1px;
    padding:5px 10px;
    text-align:right
}
.top-one li:last-child,.title .box-ads{max-width:760px;
    flex:1 1 0%;
    background-color:#2b2b2b
}
.box-subcate:nth-child(2n){display:none;
    border-bottom:1px solid #222;
    box-sizing:border-box;
    top:50%
}
.comment-box .ArticleDateTime,.item:last-child,.FCKImage{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
    background:#333;
    top:10px;
    gap:20px;
    text-overflow:ellipsis;
    text-decoration:none
}
.comment-box .ArticleDateTime:before,.FCKImage_caption time:not(:last-child),.fb-like:hover{object-fit:cover;
    font-weight:500;
    overflow:hidden
}
.time:before{gap:8px;
    padding:10px
}
.fb-like h3:last-child{position:absolute;
    object-fit:cover;
    max-width:calc(100vw - 20px);
    cursor:pointer;
    text-decoration:none;
    padding:5px 10px;
    border:1px solid #0a5a8c
}
.time .menu-sub:after{flex:1 1 0%;
    width:100%;
    vertical-align:middle;
    -webkit-box-orient:vertical;
    cursor:pointer;
    border-radius:3px
}
.box-subcate .ArticleLead{font-weight:500;
    height:40px;
    cursor:pointer;
    text-overflow:ellipsis;
    border-bottom:1px solid #076db6;
    border:1px solid #e5e5e5;
    top:50%
}
.w-660 h2,.c-3e:after{max-width:calc(100vw - 20px);
    position:sticky;
    text-align:left;
    border-radius:50%;
    line-height:1.4;
    display:grid;
    white-space:nowrap
}
.title:first-child{justify-content:center;
    border-radius:4px;
    width:calc(100% - 30px)
}
.share-social ul:before,.time>img{white-space:nowrap;
    left:0;
    -webkit-line-clamp:3;
    font-weight:400;
    display:grid;
    box-sizing:border-box
}
.menu-top i:hover{text-decoration:none;
    width:300px;
    margin:0
}
.FCKImage{overflow:hidden;
    align-items:center;
    -webkit-box-orient:vertical;
    margin:0
}
.mg-t-10 a,.time .t-j:first-child{font-style:italic;
    z-index:9;
    margin:0 -15px;
    text-align:right
}
.fl:nth-child(2n){text-decoration:none;
    box-sizing:border-box;
    overflow:hidden
}
.fr .clearfix:before{overflow:hidden;
    text-decoration:none;
    -webkit-line-clamp:3;
    max-width:1130px;
    text-overflow:ellipsis;
    border-bottom:1px solid #b10000;
    height:100%
}

}

@media screen and (max-width:480px) {
    .time .mg-t-10:last-child{vertical-align:middle;
    border-radius:20px;
    opacity:1;
    letter-spacing:-.2px
}
.fl>li:after,.bold:last-child,.comment-box h1:before{vertical-align:middle;
    justify-content:space-between;
    opacity:1;
    height:auto;
    display:flex
}
.bold h1:last-child,.box-ads h4:after{vertical-align:middle;
    background-color:rgba(255,255,255,.9);
    opacity:.6;
    text-transform:uppercase;
    white-space:nowrap;
    letter-spacing:-.2px
}
.clearfix p:nth-child(2n),.w-300:hover{box-sizing:border-box;
    line-height:24px;
    top:50%;
    font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
    position:absolute;
    text-transform:uppercase;
    vertical-align:middle
}
.bdb-1:last-child{text-align:right;
    margin:0;
    height:auto;
    position:sticky;
    font-weight:bold;
    gap:4px
}
.top-one:hover{overflow:hidden;
    width:50%;
    text-align:justify;
    font-style:italic;
    letter-spacing:0;
    transform:translateY(-50%)
}
.menu-top,.fl:nth-child(2n),.ArticleLead:first-child{height:100%;
    max-width:760px
}
.HotNews .footer-vnn:nth-child(2n),.w-300{margin:0 -15px;
    letter-spacing:-.2px;
    top:0
}
.inner-article:nth-child(2n){font-weight:bold;
    background:#000;
    font-family:"Noto Serif",Georgia,"Times New Roman",serif;
    object-fit:cover;
    overflow:hidden;
    top:10px;
    text-transform:uppercase
}
.FCKImage_caption:not(:last-child),.item strong:before{background:#9f224e;
    object-fit:cover;
    box-sizing:border-box;
    font-family:"Noto Serif",Georgia,"Times New Roman",serif;
    width:auto;
    text-overflow:ellipsis;
    overflow:hidden
}
.box-ads:not(:last-child){width:680px;
    line-height:normal;
    position:relative;
    align-items:center;
    transform:translateY(-50%)
}
.item p{left:0;
    transition:all .3s ease;
    text-decoration:none;
    text-transform:uppercase
}
.FCKImage li:after,.menu-sub:nth-child(2n){width:100%;
    top:-1px;
    background-color:#333;
    transition:all .3s ease;
    font-weight:400
}
.comment-box span{-webkit-box-orient:vertical;
    gap:8px;
    border-bottom:1px solid #333
}
.w-660 span:last-child{padding:12px 0;
    max-width:100%;
    letter-spacing:.5px;
    display:-webkit-box;
    line-height:1.5;
    -webkit-box-orient:vertical
}
.menu-top .top-one{flex:0 0 auto;
    display:grid;
    transform:translateY(-50%);
    letter-spacing:0;
    text-transform:uppercase
}
.bold p:hover{height:250px;
    -webkit-line-clamp:4;
    line-height:1.2;
    -webkit-box-orient:vertical;
    width:1130px;
    max-width:1130px;
    object-fit:cover
}
.box-ads:before{border-bottom:1px solid #222;
    justify-content:flex-start
}
.clearfix .share-social:not(:last-child){font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;
    align-items:center;
    white-space:nowrap;
    font-size:32px;
    text-transform:uppercase;
    -webkit-line-clamp:4
}
.c-3e:not(:last-child),.t-j ul:hover,.w-660:nth-child(2n){box-sizing:border-box;
    z-index:10000;
    text-overflow:ellipsis;
    object-fit:cover
}
.menu-top .top-one:last-child,.menu-sub img,.HotNews{object-fit:cover;
    transition:all .3s ease;
    box-sizing:border-box;
    top:50%;
    width:auto;
    overflow:hidden;
    z-index:999
}
.ArticleLead img:first-child{background-color:#000;
    align-items:center;
    border-radius:20px
}
.title:hover,.f-22 h4:hover{text-decoration:none;
    box-sizing:border-box;
    -webkit-box-orient:vertical;
    font-size:15px;
    font-family:Merriweather,Georgia,serif;
    display:block
}
.menu-sub a{background:#0a5a8c;
    display:-webkit-box;
    -webkit-line-clamp:3;
    border-bottom:1px solid rgba(0,0,0,.6)
}
.HotNews img{border-radius:50%;
    text-align:right;
    font-size:24px;
    top:-1px;
    font-style:italic;
    width:680px
}
.FCKImage>h3{background-color:#ee3124;
    object-fit:cover;
    width:680px;
    -webkit-line-clamp:3;
    opacity:0;
    transform:translateY(-50%)
}
.share-social,.share-social strong:hover{-webkit-box-orient:vertical;
    color:#d4d4d4;
    font-size:22px;
    background-color:#c6c6c6;
    opacity:.6
}
.item:last-child,.list-same,.ArticleContent li:before{font-weight:bold;
    vertical-align:middle
}
.fr:nth-child(2n){height:40px;
    margin:0 -15px;
    text-transform:uppercase
}
.box-ads:not(:last-child){width:1130px;
    font-weight:700;
    text-decoration:none;
    text-overflow:ellipsis
}
.title{text-decoration:none;
    -webkit-box-orient:vertical;
    opacity:1;
    object-fit:cover;
    left:0;
    top:-1px
}
.mg-t-10:hover,.clearfix svg{margin:20px 0 0;
    font-weight:normal;
    white-space:nowrap;
    align-items:center;
    color:#c6c6c6
}
.title time{color:#333;
    font-weight:normal;
    text-overflow:ellipsis;
    margin:0 0 15px;
    transform:translateY(-50%)
}
.box-ads:not(:last-child),.HotNews:not(:last-child),.FCKImage_caption:last-child{transform:translateY(-50%);
    height:auto
}
.t-j button,.ArticleDate ul{border-bottom:1px solid #2b2b2b;
    height:auto;
    box-sizing:border-box;
    color:#000;
    line-height:1.2;
    opacity:.8
}
.inner-article .fl:hover{display:-webkit-box;
    text-decoration:none;
    -webkit-line-clamp:4
}
.pd-l-10 i:first-child,.FCKImage_caption>figure:hover,.FCKImage_caption:last-child{object-fit:cover;
    left:0
}
.ArticleDetail:not(:last-child){transform:translateY(-50%);
    background-color:#f7f7f7;
    left:0;
    overflow:hidden;
    font-weight:bold;
    color:#333;
    font-style:italic
}
.pd-l-10>button:last-child,.HotNews .mg-t-10{opacity:1;
    font-weight:700
}
.bdb-1,.fb-like,.box-ads .HotNews{overflow:hidden;
    text-transform:uppercase;
    padding:5px 10px;
    top:-1px;
    z-index:99;
    align-items:center
}
.ArticleContent,.mg-t-10 figcaption,.title ul{line-height:24px;
    box-sizing:border-box;
    display:inline-block;
    text-decoration:none;
    font-weight:bold;
    height:1px
}

}

.c-3e:nth-child(2n),.comment-box:after,.c-3e i {
    -webkit-box-orient:vertical;
    font-weight:700;
    font-style:italic
}

.time:not(:last-child) {
    text-transform:uppercase;
    background:#e5e5e5;
    margin:20px 0 0;
    font-weight:bold;
    display:none;
    gap:8px;
    transform:translateY(-50%)
}

.top-one:not(:last-child) {
    opacity:.6;
    font-weight:bold;
    height:100%;
    text-align:left;
    gap:4px
}

.box-subcate:nth-child(2n),.inner-article strong:last-child,.bold:nth-child(2n) {
    display:block;
    overflow:hidden;
    -webkit-box-orient:vertical;
    line-height:160%;
    margin:0 -15px
}

@keyframes fadeIn {
    0%{opacity:0
}
to{opacity:1
}

}
@-webkit-keyframes spin{0%{-webkit-transform:rotate(0)
}
to{-webkit-transform:rotate(360deg)
}

}

</style>
<STYLE>html{-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;color:#222;background:#fff}*,:after,:before{box-sizing:border-box}a{color:inherit;text-decoration:none}img{max-width:100%;height:auto;border:0}ul,ol{list-style:none;margin:0;padding:0}button{font:inherit;border:0;background:0 0}.f-22:before{width:300px;font-weight:700}.list-same .box-ads:after,.fl{overflow:hidden;background-color:#f7f7f7;text-decoration:none;color:#0a5a8c;border-radius:4px;font-size:17px;border:1px solid #4f4f4f}.fl h3:first-child,.c-3e a,.clearfix figcaption:nth-child(2n){text-align:justify;width:calc(100% - 30px);position:absolute}.c-3e .time{align-items:center;box-sizing:border-box;opacity:.6;justify-content:flex-start;font-weight:700;font-size:28px;overflow:hidden}.footer-vnn span:nth-child(2n){gap:16px;cursor:pointer;line-height:normal;overflow:hidden;white-space:nowrap}.inner-article time:not(:last-child){box-sizing:border-box;opacity:.8;vertical-align:middle;text-overflow:ellipsis;font-size:14px}.clearfix figcaption:not(:last-child){color:#333;left:0;height:100%;z-index:99;text-transform:uppercase;-webkit-line-clamp:4;justify-content:center}.menu-top:hover,.t-j .fb-like:last-child{cursor:pointer;color:#333;white-space:nowrap;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;text-decoration:none;overflow:hidden}.w-300 i{height:1px;border-bottom:1px solid rgba(0,0,0,.6);background:#ee3124;border:1px solid #f2f2f2;object-fit:cover}.menu-top,.comment-box .FCKImage:first-child{flex:1 1 0%;justify-content:center;line-height:1.2;padding:0 15px}.ArticleDate p:before{transition:all .3s ease;font-size:24px;vertical-align:middle;white-space:nowrap;line-height:28px;letter-spacing:-.2px;text-align:left}.fr figcaption:first-child,.ArticleDetail:not(:last-child),.menu-sub h1:nth-child(2n){-webkit-line-clamp:4;text-transform:uppercase;text-decoration:none;text-overflow:ellipsis;letter-spacing:-.2px;line-height:28px}.ArticleDate img:not(:last-child),.FCKImage_caption{-webkit-box-orient:vertical;line-height:1.6;width:calc(100% - 30px);font-weight:bold;gap:10px;background:#4f4f4f;transform:translateY(-50%)}.f-22:first-child{top:10px;margin:0}.ArticleContent>img:last-child{-webkit-line-clamp:2;font-style:italic;justify-content:flex-start;background:#076db6}.share-social .fb-like:last-child{padding:10px;box-sizing:border-box}.bdb-1,.ArticleLead>figure:last-child,.time ul:last-child{left:0;border:1px solid #757575}.FCKImage_caption a:last-child,.list-same .c-3e:first-child,.FCKImage_caption:before{text-transform:uppercase;border:1px solid #2b2b2b}.ArticleLead{opacity:0;font-size:16px;border-bottom:1px solid #f7f7f7;text-align:center;transition:all .3s ease}.mg-t-10 span:not(:last-child),.ArticleDate .box-ads:not(:last-child){text-align:left;-webkit-box-orient:vertical;color:#b10000;text-overflow:ellipsis;font-weight:normal;opacity:.8}.fb-like h1{background:#757575;gap:20px;padding:0 15px;-webkit-box-orient:vertical}.fb-like .menu-sub:first-child{transform:translateY(-50%);text-transform:uppercase;overflow:hidden;text-overflow:ellipsis;box-sizing:border-box;flex:1;justify-content:space-between}.time img:nth-child(2n),.share-social .fb-like,.item figure:hover{-webkit-box-orient:vertical;left:0;text-transform:uppercase}.ArticleContent:hover{padding:10px;cursor:pointer;opacity:1;z-index:999;align-items:center}.fb-like:first-child,.item .footer-vnn{text-transform:uppercase;border-bottom:1px solid #006a3b;gap:4px;border-radius:50%;opacity:.6;font-style:italic;border:1px solid #757575}.bold:nth-child(2n){line-height:1.5;overflow:hidden;border-bottom:1px solid #ed1c24;text-transform:uppercase;letter-spacing:.5px;object-fit:cover;max-width:760px}.box-ads img:before{width:50%;top:-1px;object-fit:cover;z-index:2;opacity:1;position:absolute}.ArticleDetail figcaption,.clearfix figure:before{justify-content:center;position:relative;transition:all .3s ease}.fb-like .ArticleDateTime{gap:20px;transform:translateY(-50%);letter-spacing:.5px;font-weight:normal}.bold:after,.time:before{width:1130px;object-fit:cover}.f-22 h2{text-decoration:none;border-bottom:1px solid #757575;background-color:#c6c6c6;max-width:1130px;vertical-align:middle}.ArticleDateTime h3:nth-child(2n),.comment-box .w-660,.pd-l-10:hover{gap:4px;font-family:Merriweather,Georgia,serif;left:0}.top-one:hover{background:#2b2b2b;opacity:.6;object-fit:cover}.menu-sub:hover{-webkit-box-orient:vertical;font-weight:normal}.t-j strong:after,.ArticleDetail .time:first-child,.title .clearfix{font-weight:400;letter-spacing:-.2px;-webkit-line-clamp:2;cursor:pointer;border-bottom:1px solid #f7f7f7}.fl time:after{line-height:1.4;cursor:pointer;background:#f2f2f2;gap:10px;font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;flex:1;transform:translateY(-50%)}.FCKImage_caption{border:1px solid #fff;left:0;white-space:nowrap;letter-spacing:-.2px;height:48px}.c-3e figure:before{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;display:-webkit-box;text-decoration:none;height:auto}.w-660 .c-3e:after{color:#1a73e8;text-decoration:none;white-space:nowrap;overflow:hidden;height:40px}.ArticleDetail .ArticleDate:last-child{align-items:center;white-space:nowrap}.menu-top .w-660{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;top:0;box-sizing:border-box;text-decoration:none;height:250px;text-transform:uppercase}.FCKImage_caption:after,.footer-vnn p:nth-child(2n),.ArticleDetail:hover{overflow:hidden;height:100%;align-items:center}.HotNews strong:before,.mg-t-10 .c-3e:before{top:50%;overflow:hidden;border-radius:3px;text-overflow:ellipsis;max-width:1130px;border-bottom:1px solid #9f224e;transform:translateY(-50%)}.FCKImage_caption p:before{white-space:nowrap;position:sticky;font-family:Arial,"Helvetica Neue",Helvetica,sans-serif}.fb-like h4:after{line-height:160%;gap:8px;max-width:100%}.ArticleContent:not(:last-child),.time:not(:last-child){white-space:nowrap;cursor:pointer;text-decoration:none;font-style:italic}.menu-sub ul:not(:last-child){background-color:rgba(0,0,0,.6);transition:all .3s ease;overflow:hidden;align-items:center;line-height:1.4}.list-same,.ArticleLead figure:after,.w-300:nth-child(2n){cursor:pointer;border-bottom:1px solid #fff}.clearfix svg:hover{width:50%;transform:translateY(-50%);text-overflow:ellipsis}.comment-box .ArticleContent{transition:all .3s ease;height:48px;white-space:nowrap;text-align:center;gap:20px}.box-subcate .box-subcate:nth-child(2n){font-size:32px;border:1px solid rgba(255,255,255,.9);align-items:center;flex:1;opacity:0;vertical-align:middle}.fl h1{align-items:center;vertical-align:middle;cursor:pointer}.inner-article i:not(:last-child),.menu-sub .w-300{top:50%;font-size:11px;cursor:pointer}.fl{width:auto;margin:0 auto;transform:translateY(-50%);line-height:1.6;box-sizing:border-box}.pd-l-10 h2:hover{justify-content:flex-start;box-sizing:border-box;text-overflow:ellipsis;text-decoration:none;max-width:760px;font-style:italic}.comment-box:last-child{justify-content:flex-start;align-items:center}.f-22:not(:last-child){-webkit-box-orient:vertical;letter-spacing:0}.share-social h4:before,.FCKImage,.comment-box{cursor:pointer;height:auto;background-color:#076db6;width:1130px;border-radius:20px;letter-spacing:.5px;font-size:16px}.list-same:last-child{text-decoration:none;font-family:"Noto Serif",Georgia,"Times New Roman",serif;text-transform:uppercase}.ArticleDateTime:hover,.HotNews:last-child,.ArticleDateTime .menu-top:last-child{position:relative;font-size:14px}@keyframes fadeIn{0%{opacity:0}to{opacity:1}}@-webkit-keyframes spin{0%{-webkit-transform:rotate(0)}to{-webkit-transform:rotate(360deg)}}</STYLE>
<script type="text/javascript">var _sc_ArticleID = 818735; var _sc_CateID = 1027; var _sc_ParentCateID = 1; var isMobile = false; var domain = 'vietnamnet.vn';</script>
<script type='text/javascript'>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5WM58F3');</script>
<script type="text/javascript" src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZMfQsDbGLPVDRfGRJMBtz0A1&amp;t=637100654140000000"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvr8gHLz9fM4m0nKQ2nQ0UXxw1&amp;t=ffffffffecf19baa"></script>
</head>
<body>
<form method="post" action="./ArticleDetail.aspx?id=818735" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTI7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7e3t7Q==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="3E1E5C2A" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ" /></div>
<div class="header clearfix"><div class="w-1000"><a href="/" class="logo fl" title="VietNamNet"><img src="/App_Themes/Default/images/logo-vnn.png" alt="Báo VietNamNet" /></a>
<div class="fr"><span class="date-now">Thứ Năm, 03/03/2022</span> <a href="/vn/rss/" class="rss">RSS</a> <a href="/en/" class="english">English</a></div></div>
<ul class="menu-top"><li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>
<li class="menu-top-item"><a href="/vn/thoi-su/" title="Thời sự">Thời sự</a><ul class="menu-sub"><li><a href="/vn/thoi-su/chinh-tri/">Chính trị</a></li><li><a href="/vn/thoi-su/an-toan-giao-thong/">An toàn giao thông</a></li><li><a href="/vn/thoi-su/moi-truong/">Môi trường</a></li><li><a href="/vn/thoi-su/quoc-phong/">Quốc phòng</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/kinh-doanh/" title="Kinh doanh">Kinh doanh</a><ul class="menu-sub"><li><a href="/vn/kinh-doanh/tai-chinh/">Tài chính</a></li><li><a href="/vn/kinh-doanh/dau-tu/">Đầu tư</a></li><li><a href="/vn/kinh-doanh/thi-truong/">Thị trường</a></li><li><a href="/vn/kinh-doanh/doanh-nhan/">Doanh nhân</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/giai-tri/" title="Giải trí">Giải trí</a><ul class="menu-sub"><li><a href="/vn/giai-tri/the-gioi-sao/">Thế giới sao</a></li><li><a href="/vn/giai-tri/am-nhac/">Âm nhạc</a></li><li><a href="/vn/giai-tri/truyen-hinh/">Truyền hình</a></li><li><a href="/vn/giai-tri/dien-anh/">Điện ảnh</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/the-gioi/" title="Thế giới">Thế giới</a><ul class="menu-sub"><li><a href="/vn/the-gioi/binh-luan-quoc-te/">Bình luận quốc tế</a></li><li><a href="/vn/the-gioi/chan-dung/">Chân dung</a></li><li><a href="/vn/the-gioi/ho-so/">Hồ sơ</a></li><li><a href="/vn/the-gioi/the-gioi-do-day/">Thế giới đó đây</a></li><li><a href="/vn/the-gioi/viet-nam-va-the-gioi/">Việt Nam và thế giới</a></li><li><a href="/vn/the-gioi/quan-su/">Quân sự</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/giao-duc/" title="Giáo dục">Giáo dục</a><ul class="menu-sub"><li><a href="/vn/giao-duc/nguoi-thay/">Người thầy</a></li><li><a href="/vn/giao-duc/tuyen-sinh/">Tuyển sinh</a></li><li><a href="/vn/giao-duc/du-hoc/">Du học</a></li><li><a href="/vn/giao-duc/hoc-bong/">Học bổng</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/doi-song/" title="Đời sống">Đời sống</a><ul class="menu-sub"><li><a href="/vn/doi-song/gia-dinh/">Gia đình</a></li><li><a href="/vn/doi-song/gioi-tre/">Giới trẻ</a></li><li><a href="/vn/doi-song/mon-ngon/">Món ngon</a></li><li><a href="/vn/doi-song/meo-vat/">Mẹo vặt</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/phap-luat/" title="Pháp luật">Pháp luật</a><ul class="menu-sub"><li><a href="/vn/phap-luat/ho-so-vu-an/">Hồ sơ vụ án</a></li><li><a href="/vn/phap-luat/ky-su-phap-dinh/">Ký sự pháp đình</a></li><li><a href="/vn/phap-luat/tu-van-phap-luat/">Tư vấn pháp luật</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/the-thao/" title="Thể thao">Thể thao</a><ul class="menu-sub"><li><a href="/vn/the-thao/bong-da-viet-nam/">Bóng đá Việt Nam</a></li><li><a href="/vn/the-thao/bong-da-quoc-te/">Bóng đá quốc tế</a></li><li><a href="/vn/the-thao/tennis/">Tennis</a></li><li><a href="/vn/the-thao/hau-truong/">Hậu trường</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/cong-nghe/" title="Công nghệ">Công nghệ</a><ul class="menu-sub"><li><a href="/vn/cong-nghe/vien-thong/">Viễn thông</a></li><li><a href="/vn/cong-nghe/chuyen-doi-so/">Chuyển đổi số</a></li><li><a href="/vn/cong-nghe/thi-truong/">Thị trường</a></li><li><a href="/vn/cong-nghe/an-toan-thong-tin/">An toàn thông tin</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/suc-khoe/" title="Sức khỏe">Sức khỏe</a><ul class="menu-sub"><li><a href="/vn/suc-khoe/tin-tuc/">Tin tức</a></li><li><a href="/vn/suc-khoe/lam-dep/">Làm đẹp</a></li><li><a href="/vn/suc-khoe/cac-benh/">Các bệnh</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/bat-dong-san/" title="Bất động sản">Bất động sản</a><ul class="menu-sub"><li><a href="/vn/bat-dong-san/du-an/">Dự án</a></li><li><a href="/vn/bat-dong-san/noi-that/">Nội thất</a></li><li><a href="/vn/bat-dong-san/tu-van/">Tư vấn</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/ban-doc/" title="Bạn đọc">Bạn đọc</a><ul class="menu-sub"><li><a href="/vn/ban-doc/thu-ban-doc/">Thư bạn đọc</a></li><li><a href="/vn/ban-doc/chia-se/">Chia sẻ</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/tuan-viet-nam/" title="Tuần Việt Nam">Tuần Việt Nam</a><ul class="menu-sub"><li><a href="/vn/tuan-viet-nam/goc-nhin/">Góc nhìn</a></li><li><a href="/vn/tuan-viet-nam/xa-hoi/">Xã hội</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/o-to-xe-may/" title="Ô tô xe máy">Ô tô xe máy</a><ul class="menu-sub"><li><a href="/vn/o-to-xe-may/xe-moi/">Xe mới</a></li><li><a href="/vn/o-to-xe-may/tu-van/">Tư vấn</a></li></ul></li>
<li class="menu-top-item"><a href="/vn/du-lich/" title="Du lịch">Du lịch</a><ul class="menu-sub"><li><a href="/vn/du-lich/an-choi/">Ăn chơi</a></li><li><a href="/vn/du-lich/kham-pha/">Khám phá</a></li></ul></li>
</ul></div>
<div class="w-1000 clearfix"><div class="w-660 fl">
<div class="top-one"><a href="/vn/thoi-su/">Thời sự</a> <a href="/vn/thoi-su/chinh-tri/">Chính trị</a></div>
<div class="ArticleDetail">
<h1 class="title f-22 c-3e">H&#417;n 3.000 ng&#432;&#7901;i Vi&#7879;t &#273;&#227; s&#417; t&#225;n kh&#7887;i Ukraine sang c&#225;c n&#432;&#7899;c l&#225;ng gi&#7873;ng</h1>
<div class="ArticleDateTime"><span class="ArticleDate">03/03/2022&nbsp;&nbsp; 18:45 GMT+7</span></div>
<div class="share-social"><div class="fb-like" data-href="https://vietnamnet.vn/vn/thoi-su/hon-3-000-nguoi-viet-da-so-tan-khoi-ukraine-sang-cac-nuoc-lang-gieng-818735.html" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div><a class="zalo-share-button" data-href="https://vietnamnet.vn/vn/thoi-su/hon-3-000-nguoi-viet-da-so-tan-khoi-ukraine-sang-cac-nuoc-lang-gieng-818735.html">Chia sẻ Zalo</a><a href="javascript:window.print()" class="print">In bài viết</a></div>
<div class="ArticleLead"><p><strong>T&#237;nh &#273;&#7871;n chi&#7873;u 3/3, h&#417;n 3.000 c&#244;ng d&#226;n Vi&#7879;t Nam &#273;&#227; r&#7901;i Ukraine sang Ba Lan, Romania, Moldova, Hungary v&#224; Slovakia, ph&#7847;n l&#7899;n &#273;&#432;&#7907;c c&#225;c c&#417; quan &#273;&#7841;i di&#7879;n Vi&#7879;t Nam b&#7889; tr&#237; ch&#7895; &#7903; t&#7841;m th&#7901;i, theo B&#7897; Ngo&#7841;i giao.</strong></p></div>
<div id="ArticleContent" class="ArticleContent">
Ph&#225;t bi&#7875;u t&#7841;i cu&#7897;c h&#7885;p b&#225;o th&#432;&#7901;ng k&#7923; chi&#7873;u 3/3 &#7903; H&#224; N&#7897;i, ng&#432;&#7901;i ph&#225;t ng&#244;n B&#7897; Ngo&#7841;i giao L&#234; Th&#7883; Thu H&#7857;ng cho bi&#7871;t c&#225;c c&#417; quan &#273;&#7841;i di&#7879;n Vi&#7879;t Nam t&#7841;i Ukraine v&#224; c&#225;c n&#432;&#7899;c l&#225;ng gi&#7873;ng &#273;&#227; tri&#7875;n khai &quot;m&#7885;i bi&#7879;n ph&#225;p c&#7847;n thi&#7871;t&quot; &#273;&#7875; h&#7895; tr&#7907; b&#224; con trong qu&#225; tr&#236;nh s&#417; t&#225;n.<br /><br />
<h2>&#272;&#7841;i s&#7913; qu&#225;n m&#7903; c&#7917;a &#273;&#243;n b&#224; con</h2>
Theo bà Hằng, Đại sứ quán Việt Nam tại Ba Lan, Romania, Hungary và Slovakia đã cử các tổ công tác túc trực tại cửa khẩu để đón công dân, đồng thời phối hợp với cộng đồng người Việt bố trí nơi ăn nghỉ, thực phẩm và nước uống.<br /><br />
<table class="FCKImage" cellspacing="0" cellpadding="3" border="0" width="1" align="center"><tbody><tr><td><img title="Công dân Việt Nam từ Ukraine tới cửa khẩu Siret, Romania, ngày 1/3. Ảnh: Đại sứ quán Việt Nam tại Romania" alt="nguoi viet so tan ukraine" src="https://vnn-imgs-f.vgcloud.vn/2022/03/03/18/nguoi-viet-so-tan-ukraine.jpg" width="660" height="440"></td></tr><tr><td class="FCKImage_caption">Công dân Việt Nam từ Ukraine tới cửa khẩu Siret, Romania, ngày 1/3. Ảnh: Đại sứ quán Việt Nam tại Romania</td></tr></tbody></table>
Nhiều hội đoàn người Việt tại Ba Lan đã mở các trung tâm thương mại, nhà nghỉ và trường học làm nơi tạm trú. Ở ngoại ô thủ đô Warsaw, trung tâm thương mại Wólka Kosowska tiếp nhận hàng trăm người mỗi ngày.<br /><br />
<div class="inner-article"><a href="/vn/thoi-su/nguoi-viet-o-kharkiv-ke-ve-nhung-dem-trong-ga-tau-dien-ngam-818640.html" title="Người Việt ở Kharkiv kể về những đêm trong ga tàu điện ngầm"><img src="https://vnn-imgs-f.vgcloud.vn/2022/03/03/15/kharkiv-metro.jpg" alt="" width="150"><strong>Người Việt ở Kharkiv kể về những đêm trong ga tàu điện ngầm</strong></a></div>
B&#7897; Ngo&#7841;i giao c&#361;ng &#273;&#7873; ngh&#7883; ch&#237;nh quy&#7873;n c&#225;c n&#432;&#7899;c s&#7903; t&#7841;i t&#7841;o &#273;i&#7873;u ki&#7879;n cho c&#244;ng d&#226;n Vi&#7879;t Nam nh&#7853;p c&#7843;nh k&#7875; c&#7843; khi kh&#244;ng c&#243; &#273;&#7847;y &#273;&#7911; gi&#7845;y t&#7901;, tr&#234;n tinh th&#7847;n nh&#226;n &#273;&#7841;o.<BR><BR>
<h2>Chuyến bay đầu tiên dự kiến trong tuần tới</h2>
Bà Hằng cho biết các bộ, ngành đang khẩn trương hoàn tất thủ tục để tổ chức chuyến bay đưa công dân có nguyện vọng về nước, với chi phí do Nhà nước hỗ trợ. Ưu tiên được dành cho phụ nữ, trẻ em, người cao tuổi và người có hoàn cảnh khó khăn.<br /><br />
Hãng hàng không Vietnam Airlines cho biết sẵn sàng điều máy bay thân rộng thực hiện nhiệm vụ khi có chỉ đạo, đồng thời phối hợp với cơ quan chức năng các nước để xin phép bay.<br /><br />
<h2>Khuy&#7871;n c&#225;o v&#7899;i c&#244;ng d&#226;n c&#242;n &#7903; Ukraine</h2>
Đối với những người Việt vẫn còn ở Ukraine, Bộ Ngoại giao khuyến cáo bà con theo dõi sát tình hình, hạn chế di chuyển qua những khu vực đang có giao tranh và giữ liên lạc thường xuyên với Đại sứ quán qua các số điện thoại đường dây nóng.<br /><br />
Tại thành phố Kharkiv, nơi có cộng đồng người Việt đông nhất Ukraine, nhiều gia đình vẫn trú ẩn trong hầm ngầm và ga tàu điện ngầm từ ngày 24/2. Một số người cho biết đang chờ thời điểm an toàn để lên tàu hỏa đi về phía tây.<br />
<br />Trước đó, Thủ tướng Phạm Minh Chính đã chỉ đạo các bộ, ngành và cơ quan đại diện dành ưu tiên cao nhất cho việc bảo đảm an toàn tính mạng và tài sản của công dân Việt Nam tại Ukraine.<br /><br />
<p class="t-j" style="text-align: right;"><span class="bold">Thái An</span></p>
</div>
<div class="tag-box"><span>Từ khóa:</span> <a href="/vn/tag/so-tan-cong-dan.html">sơ tán công dân</a>, <a href="/vn/tag/nguoi-viet-o-ukraine.html">người Việt ở Ukraine</a>, <a href="/vn/tag/bo-ngoai-giao.html">Bộ Ngoại giao</a></div>
</div>
<div class="comment-box"><div class="title">Bình luận</div><textarea id="txtComment" placeholder="Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu"></textarea><input type="submit" name="btnSend" value="Gửi bình luận" id="btnSend" class="btn-send" /></div>
<div class="list-same"><h3>Tin cùng chuyên mục</h3><ul><li class="item"><a href="/vn/thoi-su/bo-ngoai-giao-dang-gap-rut-chuan-bi-chuyen-bay-dua-cong-dan-tu-ukraine-ve-nuoc-818610.html" title="Bộ Ngoại giao: Đang gấp rút chuẩn bị chuyến bay đưa công dân từ Ukraine về nước">Bộ Ngoại giao: Đang gấp rút chuẩn bị chuyến bay đưa công dân từ Ukraine về nước</a> <span class="time">(03/03/2022 17:20)</span></li>
<li class="item"><a href="/vn/thoi-su/nguoi-viet-o-kharkiv-ke-ve-nhung-dem-trong-ga-tau-dien-ngam-818617.html" title="Người Việt ở Kharkiv kể về những đêm trong ga tàu điện ngầm">Người Việt ở Kharkiv kể về những đêm trong ga tàu điện ngầm</a> <span class="time">(03/03/2022 15:05)</span></li>
<li class="item"><a href="/vn/thoi-su/cong-dong-nguoi-viet-tai-ba-lan-quyen-gop-hon-2-ty-dong-ho-tro-ba-con-so-tan-818624.html" title="Cộng đồng người Việt tại Ba Lan quyên góp hơn 2 tỷ đồng hỗ trợ bà con sơ tán">Cộng đồng người Việt tại Ba Lan quyên góp hơn 2 tỷ đồng hỗ trợ bà con sơ tán</a> <span class="time">(03/03/2022 11:40)</span></li>
<li class="item"><a href="/vn/thoi-su/bo-truong-ngoai-giao-bui-thanh-son-dien-dam-voi-ngoai-truong-romania-818631.html" title="Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Romania">Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Romania</a> <span class="time">(02/03/2022 21:15)</span></li>
<li class="item"><a href="/vn/thoi-su/gia-xang-dau-trong-nuoc-co-the-tang-manh-trong-ky-dieu-hanh-toi-818638.html" title="Giá xăng dầu trong nước có thể tăng mạnh trong kỳ điều hành tới">Giá xăng dầu trong nước có thể tăng mạnh trong kỳ điều hành tới</a> <span class="time">(02/03/2022 19:30)</span></li></ul></div>
</div>
<div class="w-300 fr"><div class="box-ads" id="adsRight1"></div><div class="HotNews"><h3>Tin nổi bật</h3><ul><li><a href="/vn/hoc-sinh-ha-noi-tu-lop-7-den-lop-12-tiep-tuc-hoc-truc-tiep-818400.html">Học sinh Hà Nội từ lớp 7 đến lớp 12 tiếp tục học trực tiếp</a></li>
<li><a href="/vn/gia-vang-lap-dinh-moi-vuot-66-trieu-dong-luong-818401.html">Giá vàng lập đỉnh mới, vượt 66 triệu đồng/lượng</a></li>
<li><a href="/vn/tp-hcm-de-xuat-bo-xet-nghiem-voi-nguoi-nhap-canh-da-tiem-du-vac-xin-818402.html">TP.HCM đề xuất bỏ xét nghiệm với người nhập cảnh đã tiêm đủ vắc xin</a></li>
<li><a href="/vn/doi-tuyen-viet-nam-chot-danh-sach-tap-trung-dot-thang-3-818403.html">Đội tuyển Việt Nam chốt danh sách tập trung đợt tháng 3</a></li>
<li><a href="/vn/de-xuat-tang-luong-toi-thieu-vung-tu-thang-7-2022-818404.html">Đề xuất tăng lương tối thiểu vùng từ tháng 7/2022</a></li></ul></div><div class="box-ads" id="adsRight2"></div></div>
</div>
<div class="footer-vnn"><div class="w-1000"><p><strong>Báo VietNamNet</strong></p><p>Cơ quan chủ quản: Bộ Thông tin và Truyền thông</p><p>Tổng Biên tập: Nguyễn Văn Bá</p><p>Giấy phép số 27/GP-BTTTT, cấp ngày 20/01/2020</p><p>Tòa soạn: Tầng 18, tòa nhà C'Land, 156 Xã Đàn 2, Đống Đa, Hà Nội. Điện thoại: 024 3772 7988</p><p>© 1997-2022 VietNamNet. Không được sao chép lại nội dung khi chưa được sự đồng ý của VietNamNet.</p></div></div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v12.0&appId=1488986958058549"; fjs.parentNode.insertBefore(js, fjs); }(document, 'script', 'facebook-jssdk'));
//]]>
</script>
</form>
<script type="text/javascript">(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[192],{20657:function(e,t,n){"use strict";n.d(t,{ad:function(){return adRefresh}});var r=n(5959),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-adrefresh]").forEach(function(e){e.classList.add("is-adrefresh")}),o()(e,{threshold:.2,rootMargin:"144px 0px"})},adRefresh=function(e){return e&&e.length>117?e.slice(0,41)+"\u2026":e};},95615:function(e,t,n){"use strict";n.d(t,{co:function(){return cookieNotice}});var r=n(8732),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-cookienotice]").forEach(function(e){e.classList.add("is-cookienotice")}),o()(e,{threshold:.9,rootMargin:"247px 0px"})},cookieNotice=function(e){return e&&e.length>139?e.slice(0,94)+"\u2026":e};},42711:function(e,t,n){"use strict";n.d(t,{we:function(){return weather}});var r=n(8026),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-weather]").forEach(function(e){e.classList.add("is-weather")}),o()(e,{threshold:.9,rootMargin:"373px 0px"})},weather=function(e){return e&&e.length>50?e.slice(0,110)+"\u2026":e};},6377:function(e,t,n){"use strict";n.d(t,{vi:function(){return videoPlayer}});var r=n(4778),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-videoplayer]").forEach(function(e){e.classList.add("is-videoplayer")}),o()(e,{threshold:.9,rootMargin:"57px 0px"})},videoPlayer=function(e){return e&&e.length>186?e.slice(0,89)+"\u2026":e};},7879:function(e,t,n){"use strict";n.d(t,{tr:function(){return trackView}});var r=n(7203),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-trackview]").forEach(function(e){e.classList.add("is-trackview")}),o()(e,{threshold:.4,rootMargin:"95px 0px"})},trackView=function(e){return e&&e.length>168?e.slice(0,112)+"\u2026":e};},26570:function(e,t,n){"use strict";n.d(t,{go:function(){return goldPrice}});var r=n(4713),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-goldprice]").forEach(function(e){e.classList.add("is-goldprice")}),o()(e,{threshold:.4,rootMargin:"260px 0px"})},goldPrice=function(e){return e&&e.length>83?e.slice(0,69)+"\u2026":e};},2089:function(e,t,n){"use strict";n.d(t,{se:function(){return searchBox}});var r=n(2755),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-searchbox]").forEach(function(e){e.classList.add("is-searchbox")}),o()(e,{threshold:.7,rootMargin:"208px 0px"})},searchBox=function(e){return e&&e.length>123?e.slice(0,76)+"\u2026":e};},32519:function(e,t,n){"use strict";n.d(t,{ad:function(){return adRefresh}});var r=n(8667),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-adrefresh]").forEach(function(e){e.classList.add("is-adrefresh")}),o()(e,{threshold:.3,rootMargin:"134px 0px"})},adRefresh=function(e){return e&&e.length>96?e.slice(0,69)+"\u2026":e};},58701:function(e,t,n){"use strict";n.d(t,{co:function(){return commentBox}});var r=n(4430),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-commentbox]").forEach(function(e){e.classList.add("is-commentbox")}),o()(e,{threshold:.5,rootMargin:"375px 0px"})},commentBox=function(e){return e&&e.length>73?e.slice(0,119)+"\u2026":e};},62561:function(e,t,n){"use strict";n.d(t,{go:function(){return goldPrice}});var r=n(2752),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-goldprice]").forEach(function(e){e.classList.add("is-goldprice")}),o()(e,{threshold:.7,rootMargin:"386px 0px"})},goldPrice=function(e){return e&&e.length>60?e.slice(0,62)+"\u2026":e};},92869:function(e,t,n){"use strict";n.d(t,{ob:function(){return observer}});var r=n(5270),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-observer]").forEach(function(e){e.classList.add("is-observer")}),o()(e,{threshold:.5,rootMargin:"210px 0px"})},observer=function(e){return e&&e.length>109?e.slice(0,46)+"\u2026":e};},79609:function(e,t,n){"use strict";n.d(t,{st:function(){return stickyHeader}});var r=n(7785),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-stickyheader]").forEach(function(e){e.classList.add("is-stickyheader")}),o()(e,{threshold:.8,rootMargin:"304px 0px"})},stickyHeader=function(e){return e&&e.length>164?e.slice(0,38)+"\u2026":e};},35363:function(e,t,n){"use strict";n.d(t,{lo:function(){return loginModal}});var r=n(9989),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-loginmodal]").forEach(function(e){e.classList.add("is-loginmodal")}),o()(e,{threshold:.6,rootMargin:"113px 0px"})},loginModal=function(e){return e&&e.length>111?e.slice(0,58)+"\u2026":e};},74288:function(e,t,n){"use strict";n.d(t,{we:function(){return weather}});var r=n(7931),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-weather]").forEach(function(e){e.classList.add("is-weather")}),o()(e,{threshold:.8,rootMargin:"352px 0px"})},weather=function(e){return e&&e.length>84?e.slice(0,111)+"\u2026":e};},8486:function(e,t,n){"use strict";n.d(t,{vi:function(){return videoPlayer}});var r=n(4902),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-videoplayer]").forEach(function(e){e.classList.add("is-videoplayer")}),o()(e,{threshold:.6,rootMargin:"264px 0px"})},videoPlayer=function(e){return e&&e.length>122?e.slice(0,120)+"\u2026":e};},74635:function(e,t,n){"use strict";n.d(t,{co:function(){return cookieNotice}});var r=n(1063),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-cookienotice]").forEach(function(e){e.classList.add("is-cookienotice")}),o()(e,{threshold:.1,rootMargin:"231px 0px"})},cookieNotice=function(e){return e&&e.length>91?e.slice(0,92)+"\u2026":e};},62447:function(e,t,n){"use strict";n.d(t,{se:function(){return searchBox}});var r=n(9696),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-searchbox]").forEach(function(e){e.classList.add("is-searchbox")}),o()(e,{threshold:.5,rootMargin:"320px 0px"})},searchBox=function(e){return e&&e.length>143?e.slice(0,64)+"\u2026":e};},28342:function(e,t,n){"use strict";n.d(t,{lo:function(){return loginModal}});var r=n(5058),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-loginmodal]").forEach(function(e){e.classList.add("is-loginmodal")}),o()(e,{threshold:.3,rootMargin:"326px 0px"})},loginModal=function(e){return e&&e.length>93?e.slice(0,117)+"\u2026":e};},59385:function(e,t,n){"use strict";n.d(t,{co:function(){return cookieNotice}});var r=n(9006),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-cookienotice]").forEach(function(e){e.classList.add("is-cookienotice")}),o()(e,{threshold:.1,rootMargin:"74px 0px"})},cookieNotice=function(e){return e&&e.length>182?e.slice(0,42)+"\u2026":e};},24838:function(e,t,n){"use strict";n.d(t,{vi:function(){return videoPlayer}});var r=n(8865),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-videoplayer]").forEach(function(e){e.classList.add("is-videoplayer")}),o()(e,{threshold:.4,rootMargin:"378px 0px"})},videoPlayer=function(e){return e&&e.length>145?e.slice(0,45)+"\u2026":e};},26742:function(e,t,n){"use strict";n.d(t,{go:function(){return goldPrice}});var r=n(5618),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-goldprice]").forEach(function(e){e.classList.add("is-goldprice")}),o()(e,{threshold:.4,rootMargin:"313px 0px"})},goldPrice=function(e){return e&&e.length>47?e.slice(0,110)+"\u2026":e};},62595:function(e,t,n){"use strict";n.d(t,{tr:function(){return trackView}});var r=n(8796),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-trackview]").forEach(function(e){e.classList.add("is-trackview")}),o()(e,{threshold:.4,rootMargin:"267px 0px"})},trackView=function(e){return e&&e.length>46?e.slice(0,76)+"\u2026":e};},36793:function(e,t,n){"use strict";n.d(t,{po:function(){return pollWidget}});var r=n(2528),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-pollwidget]").forEach(function(e){e.classList.add("is-pollwidget")}),o()(e,{threshold:.7,rootMargin:"231px 0px"})},pollWidget=function(e){return e&&e.length>149?e.slice(0,100)+"\u2026":e};},43648:function(e,t,n){"use strict";n.d(t,{we:function(){return weather}});var r=n(2250),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-weather]").forEach(function(e){e.classList.add("is-weather")}),o()(e,{threshold:.1,rootMargin:"119px 0px"})},weather=function(e){return e&&e.length>151?e.slice(0,48)+"\u2026":e};},12875:function(e,t,n){"use strict";n.d(t,{la:function(){return lazyload}});var r=n(9779),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-lazyload]").forEach(function(e){e.classList.add("is-lazyload")}),o()(e,{threshold:.1,rootMargin:"385px 0px"})},lazyload=function(e){return e&&e.length>109?e.slice(0,119)+"\u2026":e};},7396:function(e,t,n){"use strict";n.d(t,{co:function(){return cookieNotice}});var r=n(2138),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-cookienotice]").forEach(function(e){e.classList.add("is-cookienotice")}),o()(e,{threshold:.7,rootMargin:"326px 0px"})},cookieNotice=function(e){return e&&e.length>101?e.slice(0,32)+"\u2026":e};},11663:function(e,t,n){"use strict";n.d(t,{po:function(){return pollWidget}});var r=n(1608),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-pollwidget]").forEach(function(e){e.classList.add("is-pollwidget")}),o()(e,{threshold:.6,rootMargin:"269px 0px"})},pollWidget=function(e){return e&&e.length>43?e.slice(0,82)+"\u2026":e};},35135:function(e,t,n){"use strict";n.d(t,{tr:function(){return trackView}});var r=n(3448),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-trackview]").forEach(function(e){e.classList.add("is-trackview")}),o()(e,{threshold:.3,rootMargin:"342px 0px"})},trackView=function(e){return e&&e.length>197?e.slice(0,119)+"\u2026":e};},71694:function(e,t,n){"use strict";n.d(t,{me:function(){return menuToggle}});var r=n(9451),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-menutoggle]").forEach(function(e){e.classList.add("is-menutoggle")}),o()(e,{threshold:.9,rootMargin:"382px 0px"})},menuToggle=function(e){return e&&e.length>108?e.slice(0,99)+"\u2026":e};},53082:function(e,t,n){"use strict";n.d(t,{st:function(){return stickyHeader}});var r=n(8771),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-stickyheader]").forEach(function(e){e.classList.add("is-stickyheader")}),o()(e,{threshold:.9,rootMargin:"61px 0px"})},stickyHeader=function(e){return e&&e.length>121?e.slice(0,45)+"\u2026":e};},90218:function(e,t,n){"use strict";n.d(t,{sh:function(){return shareBox}});var r=n(1660),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-sharebox]").forEach(function(e){e.classList.add("is-sharebox")}),o()(e,{threshold:.5,rootMargin:"86px 0px"})},shareBox=function(e){return e&&e.length>99?e.slice(0,52)+"\u2026":e};},64073:function(e,t,n){"use strict";n.d(t,{st:function(){return stickyHeader}});var r=n(8315),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-stickyheader]").forEach(function(e){e.classList.add("is-stickyheader")}),o()(e,{threshold:.5,rootMargin:"64px 0px"})},stickyHeader=function(e){return e&&e.length>60?e.slice(0,116)+"\u2026":e};},9215:function(e,t,n){"use strict";n.d(t,{we:function(){return weather}});var r=n(9972),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-weather]").forEach(function(e){e.classList.add("is-weather")}),o()(e,{threshold:.3,rootMargin:"299px 0px"})},weather=function(e){return e&&e.length>141?e.slice(0,34)+"\u2026":e};},55669:function(e,t,n){"use strict";n.d(t,{se:function(){return searchBox}});var r=n(2868),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-searchbox]").forEach(function(e){e.classList.add("is-searchbox")}),o()(e,{threshold:.2,rootMargin:"81px 0px"})},searchBox=function(e){return e&&e.length>56?e.slice(0,102)+"\u2026":e};},62954:function(e,t,n){"use strict";n.d(t,{sh:function(){return shareBox}});var r=n(5965),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-sharebox]").forEach(function(e){e.classList.add("is-sharebox")}),o()(e,{threshold:.5,rootMargin:"159px 0px"})},shareBox=function(e){return e&&e.length>199?e.slice(0,80)+"\u2026":e};},25492:function(e,t,n){"use strict";n.d(t,{la:function(){return lazyload}});var r=n(3309),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-lazyload]").forEach(function(e){e.classList.add("is-lazyload")}),o()(e,{threshold:.6,rootMargin:"297px 0px"})},lazyload=function(e){return e&&e.length>129?e.slice(0,91)+"\u2026":e};},18385:function(e,t,n){"use strict";n.d(t,{la:function(){return lazyload}});var r=n(5332),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-lazyload]").forEach(function(e){e.classList.add("is-lazyload")}),o()(e,{threshold:.8,rootMargin:"352px 0px"})},lazyload=function(e){return e&&e.length>175?e.slice(0,72)+"\u2026":e};},83032:function(e,t,n){"use strict";n.d(t,{sh:function(){return shareBox}});var r=n(1777),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-sharebox]").forEach(function(e){e.classList.add("is-sharebox")}),o()(e,{threshold:.6,rootMargin:"387px 0px"})},shareBox=function(e){return e&&e.length>156?e.slice(0,68)+"\u2026":e};},77961:function(e,t,n){"use strict";n.d(t,{vi:function(){return videoPlayer}});var r=n(5327),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-videoplayer]").forEach(function(e){e.classList.add("is-videoplayer")}),o()(e,{threshold:.8,rootMargin:"101px 0px"})},videoPlayer=function(e){return e&&e.length>129?e.slice(0,59)+"\u2026":e};},95592:function(e,t,n){"use strict";n.d(t,{sh:function(){return shareBox}});var r=n(2576),o=n.n(r),i=function(e){var t=e.target||document;return t.querySelectorAll("[data-sharebox]").forEach(function(e){e.classList.add("is-sharebox")}),o()(e,{threshold:.3,rootMargin:"217px 0px"})},shareBox=function(e){return e&&e.length>41?e.slice(0,87)+"\u2026":e};},}]);</script>
</body>
</html>
