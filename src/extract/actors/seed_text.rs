//! The seed articles' text, for the tests.

use crate::article::ParagraphKind as Kind;

/// Body paragraphs of the five seed articles, copied by hand (title, paragraphs).
pub const SEEDS: &[(&str, &[(Kind, &str)])] = &[
    (
        r#"Nga-NATO bắt đầu cuộc đối thoại "nóng" nhất trong nhiều năm trở lại đây"#,
        &[
            (
                Kind::Body,
                r"Chiều 12/1, một nguồn tin của Sputnik cho biết, cuộc họp giữa Nga- NATO đã khai mạc ở thủ đô Brussels của Bỉ.",
            ),
            (
                Kind::Body,
                r"Phái đoàn cấp cao của hai bên sẽ thảo luận về những đảm bảo an ninh ở châu Âu, tìm cách giải quyết những quan điểm khác biệt giữa hai bên về tương lai của Ukraine.",
            ),
            (
                Kind::Body,
                r"Đây là lần đầu tiên Hội đồng Nga – Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) tổ chức họp trong hơn 2 năm qua.",
            ),
            (
                Kind::Body,
                r"Sự kiện được tổ chức tại trụ sở của NATO ở Brussels (Bỉ). Đoàn đàm phán phía Nga do Thứ trưởng Ngoại giao Nga Alexander Grushko và Thứ trưởng Bộ Quốc phòng Alexander Fomin dẫn đầu; Phía Mỹ có Thứ trưởng Ngoại giao Mỹ Wendy Sherman.",
            ),
            (Kind::Body, r"Dự kiến, cuộc họp diễn ra trong vòng 3 giờ."),
            (
                Kind::Caption,
                r"Nga muốn NATO rút bớt binh sỹ, phương tiện trang thiết bị khỏi các quốc gia giáp biên với nước này. Ảnh - AP",
            ),
            (
                Kind::Body,
                r"Theo đánh giá của nhiều chuyên gia, cuộc họp này sẽ không đạt được kết quả khả quan.",
            ),
            (
                Kind::Body,
                r"Thực tế, Nga đã không đưa ra bất cứ sự nhượng bộ nào trong dự thảo an ninh gửi tới Mỹ và NATO, đồng nghĩa Moscow sẵn sàng chấp nhận các cuộc đàm phán sẽ thất bại – ông Maksim Samorukov, nghiên cứu sinh tại tổ chức cố vấn Trung tâm Carnegie Moscow cho biết.",
            ),
            (
                Kind::Body,
                r"Cách làm đó chủ yếu nhằm chứng minh với phương Tây rằng Moscow rất nghiêm túc và sẵn sàng thực hiện những bước đi cứng rắn buộc phương Tây phải nhượng bộ.",
            ),
            (
                Kind::Body,
                r"Trong đề xuất an ninh Nga đưa ra, NATO sẽ phải đồng ý ngừng tất cả kế hoạch kết nạp thành viên (không riêng với Ukraine) và giảm bớt quy mô hiện diện tại các nước như Estonia vốn có biên giới sát Nga.",
            ),
            (
                Kind::Body,
                r"Đổi lại, Nga sẽ cam kết hạn chế tập trận, chấm dứt những hành động thù địch khác.",
            ),
            (
                Kind::Body,
                r"Nếu ủng hộ đề xuất đó, NATO sẽ từ bỏ phần quan trọng trong hiệp ước nền tảng đó là tổ chức này có thể mời bất cứ đất nước Châu Âu nào sẵn sàng tham gia và đủ khả năng đóng góp vào an ninh trong khu vực Bắc Đại Tây Dương cũng như hoàn thành trách nhiệm thành viên.",
            ),
            (
                Kind::Body,
                r"Mặt khác, NATO cũng không thể bác bỏ ngay tức khắc đề xuất của Nga. Một số nước thành viên lo ngại Moscow có thể lấy cớ Mỹ, NATO không đạt thỏa thuận để thực hiện cuộc tấn công và sẽ không còn bất cứ cuộc đối thoại để giảm căng thẳng, hạn chế triển khai tên lửa hay tập trận nào nữa.",
            ),
        ],
    ),
    (
        r"Nga-NATO: Cuộc đọ sức Đông Tây chưa có hồi kết",
        &[
            (
                Kind::Body,
                r"Các đồng minh châu Âu và Mỹ trong Hội đồng Tổ chức Hiệp ước Bắc Đại Tây Dương ( NATO) đã nhóm họp với Nga hôm 12/1 tại trụ sở của Liên minh ở Brussels.",
            ),
            (
                Kind::Body,
                r"Đây là cuộc họp đầu tiên được nối lại sau hai năm đóng băng.",
            ),
            (
                Kind::Caption,
                r"Hội đồng Nga-NATO khai mạc cuộc họp về an ninh tại Brussels. Ảnh: Tass",
            ),
            (
                Kind::Body,
                r"Tuy nhiên, cuộc họp không có đột phá. Sau 4 giờ thảo luận, mỗi bên vẫn giữ quan điểm của mình và chưa thể hòa giải.",
            ),
            (
                Kind::Body,
                r"“Không có gì thay đổi. Tất cả vẫn trong sự mờ mịt giống như màn sương mù dày đặc bất ngờ bao trùm trụ sở của liên minh quân sự. Mọi người cùng xoay tròn và ở trong những quỹ đạo khác nhau”, một nguồn tin ngoại giao phương Tây cho biết. Tuy nhiên, các đồng minh cũng hài lòng vì thà nói chuyện với nhau còn hơn đối đầu”.",
            ),
            (
                Kind::Body,
                r"Đối với phe hoài nghi, những yêu cầu cơ bản của mỗi bên vẫn hoàn toàn không thể hòa giải. Tổng Thư ký NATO Jens Stoltenberg nói với báo giới sau khi kết thúc cuộc họp rằng điều tồi tệ nhất vẫn chưa được loại trừ: đó là nguy cơ thực sự về một cuộc xung đột mới ở châu Âu.",
            ),
            (
                Kind::Body,
                r"Theo quan sát của NATO, Nga đã điều hơn 100.000 quân và thiết bị hạng nặng tới biên giới Ukraine. Điện Kremlin đã công bố hai dự thảo hiệp ước được cho là để đảm bảo “an ninh” của mình nhưng có thể làm phức tạp bất kỳ thỏa hiệp ngoại giao nào.",
            ),
            (
                Kind::Body,
                r"Dưới áp lực hiện nay, Điện Kremlin thực sự hy vọng sẽ thiết kế lại để có lợi cho “trật tự” đã ra đời sau sự sụp đổ của Liên Xô, khi một nhóm các nước Trung Âu, Đông Âu và Baltic, trước đây là thành viên của Hiệp ước Warsaw do Moskva thành lập và chỉ huy, đã chọn tham gia NATO.",
            ),
            (
                Kind::Body,
                r"Đây cũng là mục tiêu mạnh mẽ của Ukraine và Gruzia. Triển vọng được mở ra bởi lời hứa của NATO tại Hội nghị thượng đỉnh năm 2008 rằng hai nước “một ngày nào đó” sẽ trở thành thành viên chính thức của liên minh quân sự này, phớt lờ lời cảnh báo của Tổng thống Putin, vốn coi đó là lằn ranh đỏ.",
            ),
            (
                Kind::Body,
                r"Nhà ngoại giao Pháp Pierre Vimont, hiện là chuyên gia tại Trung tâm nghiên cứu Carnegie Europe, nhận xét : “Nga đã áp đặt chương trình nghị sự của mình. Nhưng điều đó không có nghĩa là chúng tôi không biết có vấn đề với những vùng ảnh hưởng này. Phương Tây là đã rất thiếu tích cực như thể hy vọng rằng vấn đề sẽ biến mất cùng với thời gian.”",
            ),
            (Kind::Heading, r"Các lĩnh vực ảnh hưởng"),
            (
                Kind::Body,
                r"Moskva muốn khôi phục ảnh hưởng và đảm bảo an ninh cho mình. Nga yêu cầu chấm dứt mọi hoạt động mở rộng của NATO về phía đông, bao gồm cả Ukraine và Gruzia. Nga cũng muốn giải trừ quân bị ở “sườn phía đông” của NATO và kêu gọi rút bom hạt nhân của Mỹ khỏi châu Âu. Moskva coi những bước đi này của NATO như một mối đe dọa đối với an ninh của họ. Trong khi đó, phương Tây đáp trả rằng chính Nga mới là mối đe dọa.",
            ),
            (
                Kind::Body,
                r"Đối với NATO, theo Thứ trưởng Ngoại giao Mỹ Wendy Sherman, người dẫn đầu phái đoàn Mỹ trong cuộc họp với Nga, những đòi hỏi theo chủ nghĩa tối đa này của Điện Kremlin chắc chắn là điều không thể đáp ứng. Đó chính là lý do mà Thứ trưởng Ngoại giao Nga Grouchko, Trưởng đoàn đàm phán Nga, nhận định “một số lượng lớn sự khác biệt về các vấn đề cơ bản”.",
            ),
            (
                Kind::Body,
                r"Giờ đây, Nga chờ NATO và Mỹ phản hồi bằng văn bản đối với các yêu cầu của mình, trước khi quyết định phải làm gì tiếp theo. Tại Brussels, phía Nga đã không chấp nhận đề xuất của NATO về một thời gian biểu để tiếp tục đàm phán nhưng không bác bỏ rõ ràng ý tưởng này. Có một số thách thứ mà người phương Tây coi là có thể thương lượng được như giảm nguy cơ xảy ra “sự cố”, với sự minh bạch hơn và các kênh liên lạc tốt hơn. Hoặc sự cắt giảm vũ khí cân bằng, có thể kiểm chứng được. Nhưng đây không phải là điều mà Điện Kremlin muốn.",
            ),
            (
                Kind::Body,
                r"Trò chơi poker xoay quanh bí ẩn về toan tính của Điện Kremlin tiếp tục diễn ra hôm 13/1 tại trụ sở của Tổ chức an ninh và hợp tác châu Âu (OSCE) ở Vienna (Áo). Chuỗi hoạt động ngoại giao được khởi xướng từ hôm 10/1 tại Geneva cũng đang tiếp diễn giữa châu Âu và Mỹ, sau các cuộc tham vấn căng thẳng, các Bộ trưởng Quốc phòng và Ngoại giao hội tụ tại Brest (Pháp) để thảo luận về cách thức tăng cường vị thế của EU trên toàn cầu.",
            ),
            (
                Kind::Body,
                r"Dường như châu Âu đang sốt ruột. Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Josep Borrell thúc giục: “Chúng ta phải đạt được một vị thế thống nhất của châu Âu và chúng ta phải bảo vệ vai trò của mình, không chỉ dựa trên những gì chúng ta nghĩ hoặc muốn, mà còn về những gì chúng ta dự định làm”.",
            ),
        ],
    ),
    (
        r"Thứ trưởng Nga tuyên bố không còn lý do để tiếp tục đàm phán với phương Tây",
        &[
            (
                Kind::Body,
                r"Thứ trưởng Bộ Ngoại giao Nga Sergei Ryabkov nói nước này không có lý do để tổ chức vòng đàm phán an ninh mới với phương Tây trong những ngày tới sau khi các cuộc đàm phán hiện tại thiếu tiến triển.",
            ),
            (
                Kind::Caption,
                r"Thứ trưởng Bộ Ngoại giao Sergei Ryabkov trong cuộc họp báo sau đàm phán với phía Mỹ ngày 10.1. Ảnh AFP",
            ),
            (
                Kind::Body,
                r"AFP đưa tin trong cuộc phỏng vấn phát ngày 13.1, Thứ trưởng Bộ Ngoại giao Nga Sergei Ryabkov cho biết Moscow không muốn tiếp tục đàm phán với phương Tây.",
            ),
            (
                Kind::Body,
                r#""Tôi không thấy lý do gì để ngồi lại trong những ngày tới và bắt đầu các cuộc thảo luận tương tự", ông Ryabkov nói trong một cuộc phỏng vấn với kênh tiếng Nga RTVI."#,
            ),
            (
                Kind::Body,
                r#"Ông cáo buộc phương Tây thiếu sự "linh hoạt" để tiến hành các cuộc đàm phán về "các chủ đề nghiêm túc"."#,
            ),
            (
                Kind::Body,
                r#""Chúng tôi đề xuất xem xét từng điều khoản để ký kết các thỏa thuận ràng buộc về mặt pháp lý. Điều này hiện không thể xảy ra vì Mỹ và các đồng minh thực sự không chấp nhận các nội dung cơ bản", Thứ trưởng Ryabkov nói thêm. Tháng 12.2021, Nga công bố đề xuất an ninh gửi đến Mỹ và NATO. Theo đó, Nga muốn NATO không tiếp tục mở rộng sang phía Đông."#,
            ),
            (
                Kind::Body,
                r"Trong tuần này, Mỹ và các đồng minh NATO đã tổ chức các cuộc đàm phán với Nga trong nỗ lực xoa dịu căng thẳng về Ukraine. Tuy nhiên hai vòng đàm phán diễn ra tại Geneva (Thụy Sĩ) ngày 10.1 và Brussels (Bỉ) ngày 12.1 không mang lại kết quả đột phá nào.",
            ),
            (
                Kind::Body,
                r"Ông Ryabkov, người dẫn đầu cuộc đàm phán của Nga với các quan chức Mỹ tại Geneva ngày 10.1, nói rằng rất khó để tin tưởng các nước NATO.",
            ),
            (
                Kind::Body,
                r"AFP nhận định vòng đàm phán thứ ba do Tổ chức An ninh và Hợp tác châu Âu tiến hành tại Vienna (Áo) ngày 13.1 (giờ địa phương) sẽ đạt được một chút tiến bộ.",
            ),
            (
                Kind::Body,
                r"Ngày 12.1, các thượng nghị sĩ Mỹ thuộc đảng Dân chủ đe dọa sẽ có hậu quả lớn nếu Nga tấn công Ukraine. Các biện pháp được đưa ra bao gồm lệnh trừng phạt đối với Tổng thống Nga Vladimir Putin, các ngân hàng Nga và thêm 500 triệu USD viện trợ an ninh mới cho Ukraine.",
            ),
            (
                Kind::Body,
                r"Đáp lại, ông Ryabkov nói Nga đã thích nghi với các lệnh trừng phạt và sẽ không chịu áp lực. Các lệnh trừng phạt này lần đầu tiên được áp đặt vào năm 2014, khi Nga sáp nhập bán đảo Crimea.",
            ),
        ],
    ),
    (
        r"Đàm phán an ninh Nga-Mỹ: Mỹ sợ Nga công nhận Donetsk và Lugansk?",
        &[
            (
                Kind::Body,
                r"ANTD.VN - Đàm phán an ninh Nga-Mỹ không đạt hiệu quả khiến Washington lo ngại những phản ứng ‘tiêu cực’ mà Moscow đưa ra, ví dụ như công nhận sự hợp pháp hay triển khai quân trên 2 vùng lãnh thổ Donetsk và Lugansk.",
            ),
            (
                Kind::Body,
                r"Vào cuối năm 2021, Nga đã công bố dự thảo hiệp ước với Mỹ và thỏa thuận với NATO về đảm bảo an ninh. Đặc biệt, Moscow yêu cầu các đối tác phương Tây đưa ra bảo đảm có tính chất pháp lý về việc không mở rộng NATO về phía Đông, từ chối Ukraine gia nhập khối và không thiết lập các căn cứ quân sự ở các nước trong không gian Xô viết.",
            ),
            (
                Kind::Body,
                r"Các đề xuất cũng bao gồm điều khoản về việc không triển khai vũ khí tấn công của NATO gần biên giới của Nga và rút các lực lượng liên minh ở Đông Âu về vị trí của năm 1997.",
            ),
            (
                Kind::Body,
                r"Cuộc họp đầu tiên giữa Nga và Mỹ bàn về các đề xuất của Moscow đã được tổ chức vào ngày 10 tháng 1 ở cấp thứ trưởng ngoại giao. Tiếp sau đó là cuộc họp của Hội đồng Nga-NATO tại Brussels (ngày 12/1) và các cuộc tham vấn tại trụ sở Tổ chức An ninh và Hợp tác Châu Âu (OSCE) ở Vienna (ngày 13/1).",
            ),
            (
                Kind::Body,
                r"Sau đó, vào ngày 21/1/2022, tại Geneva đã diễn ra cuộc hội đàm giữa Bộ trưởng Ngoại giao Nga Sergei Lavrov và người đồng cấp Mỹ Antony Blinken. Cuộc gặp chỉ đạt được kết quả là Washington cam kết sẽ trả lời bằng văn bản về các đề xuất an ninh của Moscow.",
            ),
            (
                Kind::Caption,
                r"Đàm phán an ninh Nga-Mỹ có liên quan đến nhiều vấn đề, đặc biệt là tình trạng chia cắt ở đất nước Ukraine",
            ),
            (
                Kind::Body,
                r"Vào hôm 26/1, Mỹ và NATO đã chuyển cho Nga phản ứng đối với các đề xuất đảm bảo an ninh của nước này.",
            ),
            (
                Kind::Body,
                r"Theo tiết lộ của giới truyền thông, hầu hết những vấn đề mang tính nguyên tắc mà Nga đề ra (ví dụ như không mở rộng sang phía đông, không kết nạp Ukraine, sự hiện diện quân sự ở Đông Au…) đều bị Mỹ và NATO phủ quyết, Washington chỉ “có ý định” đàm phán tiếp về vấn đề trở lại INF (“Hiệp ước Lực lượng Hạt nhân Tầm trung”) hay giới hạn quy mô và phạm vi các cuộc tập trận quân sự ở quanh biên giới nước Nga.",
            ),
            (
                Kind::Body,
                r"Bộ Ngoại giao Mỹ cũng tuyên bố, chính quyền Mỹ không có ý định nhượng bộ Nga về các vấn đề an ninh và Washington cho rằng, tiến bộ trong các cuộc đàm phán đó chỉ có thể đạt được trên cơ sở “có đi có lại”.",
            ),
            (
                Kind::Body,
                r"Bàn về vấn đề này, chuyên gia quân sự Nga Maxim Suchkov cho rằng, Mỹ đang cố ý kéo dài thời gian trong các cuộc hội đàm, để nắm bắt thông tin về ý định cụ thể của Nga, khi Điện Kremlin không ít lần nói về việc đáp trả bằng “các biện pháp quân sự-kỹ thuật” nếu thương lượng thất bại.",
            ),
            (
                Kind::Body,
                r"Theo ông Suchkov, các cuộc hội đàm vẫn tiếp diễn ở mọi cấp đã cho thấy rằng, bất chấp tất cả những ồn ào trên báo chí, quá trình vẫn tiến triển tích cực trên tất cả mọi cấp độ, từ Thứ trưởng đến Bộ trưởng Ngoại giao, không loại trừ khả năng sẽ có thêm một cuộc hội đàm giữa Tổng thống Putin và Tổng thống Biden.",
            ),
            (
                Kind::Body,
                r"Ông nhấn mạnh rằng, nếu không muốn đàm phán, Washington sẽ không quan tâm đến việc đưa cuộc đàm phán lên một cấp độ cao hơn. Nhưng trong giai đoạn hiện nay, sự mơ hồ chiến lược khiến Washington lúng túng và họ đang cố gắng tìm hiểu điều gì ẩn sau những tuyên bố của Moscow.",
            ),
            (
                Kind::Body,
                r"Theo ông, Mỹ đang cố gắng tìm hiểu Nga có thể đáp trả bằng cách nào và với cấp độ như thế nào, ví dụ như Moscow có dám công nhận hai cộng hòa tự xưng Donetsk và Lugansk ở miền đông Ukraine, hay triển khai thiết bị quân sự và vũ khí trên lãnh thổ hai nước cộng hòa ly khai này.",
            ),
        ],
    ),
    (
        r"",
        &[
            (
                Kind::Body,
                r"Được mô tả là đóng vai trò địa chính trị quan trọng, các cuộc họp ba bên đã được tổ chức ở các thành phố châu Âu, tiếp sau cuộc điện đàm giữa Tổng thống Mỹ Joe Biden và nhà lãnh đạo Nga Vladimir Putin hồi tháng trước.",
            ),
            (
                Kind::Body,
                r#"Tại cuộc họp của Hội đồng NATO-Nga ngày 12/1, các nhà chức trách đã nói về tầm quan trọng của đối thoại để giải trừ vũ khí và triển khai tên lửa. Tuy nhiên, phát biểu với truyền thông tại một cuộc họp báo, Tổng thư ký NATO Jens Stoltenberg thừa nhận: "Có nhiều khác biệt lớn giữa các đồng minh NATO và Nga về những vấn đề này. Bất đồng của chúng tôi không dễ dàng gì thu hẹp được"."#,
            ),
            (
                Kind::Body,
                r#"Về phía Nga, trong khi chuyển quân tới biên giới giáp Ukraina, Moscow bác bỏ cáo buộc từ Kiev và phương Tây rằng nước này đang lên kế hoạch tấn công nước láng giềng. Kremlin tố NATO phá hoại an ninh khu vực và đưa ra một loạt đề nghị cho Washington – mà hầu hết bị phương Tây lên án là "không thể bắt đầu"."#,
            ),
            (
                Kind::Body,
                r"Về cơ bản, Nga muốn NATO cùng các đồng minh không cho Ukraina và các nước Liên Xô cũ gia nhập, đồng thời kêu gọi liên minh quân sự này giảm bớt quy mô hoạt động ở Đông Âu.",
            ),
            (
                Kind::Body,
                r#"Theo Fabrice Pothier, một quan chức chiến lược của nhóm chính sách Rasmussen Global (được đặt tên theo người sáng lập, cựu lãnh đạo NATO Anders Fogh Rasmussen), đàm phán với Kremlin luôn là một thử thách đối với liên minh. "Rất khó để NATO làm điều gì mà không bảo vệ các lợi ích và giá trị của tổ chức này…", ông trao đổi với hãng thông tấn Al Jazeera."#,
            ),
            (
                Kind::Body,
                r#""NATO có thể thỏa hiệp về tính minh bạch, cách thức các đồng minh thông báo cho nhau về các cuộc tập trận quân sự, và về vị trí một số hệ thống vũ khí nhạy cảm đặt dọc biên giới. Nhưng xa hơn thế, NATO sẽ không bao giờ lay chuyển"."#,
            ),
            (
                Kind::Body,
                r"Các hoạt động ngoại giao do phương Tây dẫn đầu đã diễn ra nhanh chóng sau khi Nga triển khai quân, được cho là khoảng 100.000 binh sĩ, tới dọc biên giới với Ukraina vào cuối năm 2021. Ngoài sự kiện của NATO ở Brussels (Bỉ), các đại diện của Mỹ và Nga đã bàn về cuộc khủng hoảng vào ngày 10/1 ở Geneva (Thụy Sĩ) và tuần lễ kết thúc ở Vienna (Áo) bằng cuộc họp của Tổ chức An ninh và Hợp tác châu Âu (OSCE).",
            ),
            (
                Kind::Body,
                r#"Sau cuộc họp của Hội đồng NATO-Nga, Thứ trưởng Ngoại giao Mỹ Wendy Sherman than phiền "không có cam kết xuống thang" nào được đưa ra và phía Moscow có thể vẫn chưa sẵn sàng tiếp tục."#,
            ),
            (
                Kind::Body,
                r#"Tuy nhiên, Thứ trưởng Ngoại giao Nga Alexander Grushko tuyên bố Nga đã tỏ rõ với NATO rằng tình hình đã trở nên "không thể chịu đựng được đối với Nga". Tại cuộc họp báo ở Brussels, ông Grushko lên án sự mở rộng của NATO tới các nước Đông Âu, khẳng định điều đó "không giải quyết được vấn đề an ninh" và "chỉ làm dịch chuyển các đường phân chia chứ không loại bỏ được chúng"."#,
            ),
            (
                Kind::Body,
                r"Ngày 14/1, Ngoại trưởng Nga Sergey Lavrov cũng đưa ra lập trường cứng rắn, tuyên bố ông đã hết kiên nhẫn và yêu cầu NATO cùng với Mỹ sớm phản hồi các đề xuất của Nga.",
            ),
            (
                Kind::Body,
                r"Oleg Ignatov, nhà phân tích cấp cao của Nhóm Khủng hoảng quốc tế, cho rằng Washington và phương Tây không thể đạt được điểm chung với Nga vì họ không hiểu logic đằng sau các đề xuất của Nga.",
            ),
            (
                Kind::Body,
                r#""Nga muốn coi Ukraina không phải là một đất nước trung lập, mà là một quốc gia bạn bè", ông nói và chỉ ra Ukraina không phải là vấn đề quan trọng duy nhất đối với Kremlin. "Đây còn là cách mà Nga muốn khẳng định vị thế của mình trên thế giới. Vì vậy, đây là một cuộc xung đột địa chính trị tập trung vào vị thế và tầm nhìn của Nga"."#,
            ),
            (
                Kind::Body,
                r"Chủ tịch luân phiên OSCE Zbigniew Rau đã mở đầu cuộc họp hôm 13/1 tại Áo bằng lời cảnh báo rằng, nguy cơ chiến tranh trong khu vực hiện nay lớn hơn bao giờ hết trong 30 năm qua.",
            ),
            (
                Kind::Body,
                r"Tuần lễ ngoại giao giữa NATO-Nga đã trôi qua mà không đạt được một giải pháp đột phá nào. Loạt phát biểu từ các bên chứng tỏ họ sẽ không thỏa hiệp mà kiên quyết duy trì lập trường cứng rắn nhằm bảo vệ lợi ích riêng. Tuy nhiên, theo giới quan sát, việc Nga và phương Tây cùng ngồi vào bàn thương lượng đã phần nào giúp họ hiểu rõ hơn về lập trường của nhau, nhờ đó tránh được những tính toán sai lầm.",
            ),
        ],
    ),
    (
        r"Nga, NATO chưa thể thu hẹp “hố sâu ngăn cách” trong hội đàm cấp cao",
        &[
            (
                Kind::Body,
                r"(Dân trí) - Đại sứ Nga và các quốc gia thành viên NATO đã có cuộc thảo luận “nghiêm túc và thẳng thắn”, dù chưa thể thu hẹp “những khác biệt lớn và dai dẳng” giữa hai bên, khi họ gặp nhau lần đầu tiên kể từ khi cuộc khủng hoảng tại Ukraine nổ ra vào năm 2014.",
            ),
            (
                Kind::Heading,
                r"Tổng thư ký NATO họp báo sau hội đàm cấp cao Nga-NATO",
            ),
            (
                Kind::Caption,
                r"Tổng thư ký NATO Jens Stoltenberg (Ảnh: Delfi)",
            ),
            (
                Kind::Body,
                r"Tổng thư ký NATO Jens Stoltenberg đã thừa nhận như vậy trong cuộc họp báo sau hội cuộc hội đàm cấp đại sứ đầu tiên giữa Nga và NATO trong gần 2 năm qua, diễn ra ngày 20/4 tại Brussels, Bỉ.",
            ),
            (
                Kind::Body,
                r"Ông Stoltenberg cho hay cuộc họp của Hội đồng Nga - NATO, kết thúc muộn hơn 90 phút so với kế hoạch ban đầu, là cơ hội cho một “cuộc thảo luận thẳng thắn và nghiêm túc” về tình hình Ukraine, các vấn đề liên quan tới hoạt động quân sự của NATO và Nga, tình hình an ninh tại và quanh Afghanistan.",
            ),
            (
                Kind::Body,
                r"“NATO và Nga có những khác biệt lớn và dai dẳng. Cuộc gặp hôm nay đã không thay đổi được điều đó”, ông Stoltenberg nói.",
            ),
            (
                Kind::Body,
                r"Không quyết định nào được thông báo như một kết quả của hội đàm. “Tôi hi vọng chúng ta sẽ gặp lại nhau”, Tổng thư ký NATO nói, nhưng không công bố hay dự đoán thời điểm cụ thể.",
            ),
            (
                Kind::Body,
                r"Về phần mình, đại sứ Nga tại NATO Aleksandr Grushko, người đại diện cho nước ông trong cuộc gặp với những người đồng cấp từ 28 quốc gia thành viên của NATO, cho hay mối quan hệ đối tác cũ giữa Nga và NATO giờ “không còn nữa” vì liên minh quân sự “quyết định thực thi một lộ trình nhằm cản trở Nga”.",
            ),
            (
                Kind::Body,
                r"“Chúng tôi không có một buổi làm việc tích cực hôm nay, không có kế hoạch nào để cho phép chúng tôi quay trở lại nhằm cải thiện mối quan hệ vì lợi ích chung. NATO đã đưa ra một quyết định nhằm đưa mối quan hệ của hai bên từ đối tác sang răn đe”, ông Grushko nói.",
            ),
            (
                Kind::Body,
                r"Hội đồng Nga-NATO được thành lập vào năm 2002 như một diễn đàn tham vấn giữa hai đối thủ cũ thời Chiến tranh Lạnh. Nhưng mối quan hệ giữa hai bên đã trở nên căng thẳng sau khi Nga sáp nhập bán đảo Crimea hồi tháng 3/2014 và cuộc gặp cuối cùng của Hội đồng Nga-NATO diễn ra vào tháng 6/2014.",
            ),
            (
                Kind::Body,
                r"NATO cũng ngừng hợp tác quân sự với Nga do cuộc sáp nhập Crimea và điều mà NATO xem là sự ủng hộ của Moscow đối với phe đòi độc lập ở miền đông Ukraine, dù hai bên vẫn mở các kênh liên lạc.",
            ),
            (
                Kind::Body,
                r"Quan hệ Nga-NATO tiếp tục trải qua các cuộc thử thách gần đây liên quan tới các cuộc chạm trán giữa tàu khu trục Mỹ và máy bay chiến đấu Nga ở biển Baltic.",
            ),
            (
                Kind::Body,
                r"Quân đội Mỹ đã cáo buộc các máy bay chiến đấu Su-24 của áp sát nguy hiểm tàu khu trục Donald Cook. Bộ Tư lệnh châu Âu của Quân đội Mỹ (EUCOM) nói máy bay Nga đã bay theo kiểu mô phỏng một cuộc tấn công và phớt lờ các hướng dẫn an toàn, trong khi Nga khẳng định chỉ bảo vệ biên giới quốc gia, nhấn mạnh rằng máy bay Su-24 đã rời xa tàu chiến Mỹ ngay sau khi nhận dạng con tàu.",
            ),
            (
                Kind::Body,
                r"NATO đang thực hiện các hoạt động lớn nhất nhằm tăng cường phòng thủ tập thể kể từ Chiến tranh Lạnh để đối phó với cái gọi là sự gây hấn của Nga. Trong khi đó, thư ký báo chí Dmitry Peskov của Tổng thống Nga Vladimir Putin đổ lỗi cho NATO gây ra sự thiếu niềm tin giữa hai bên.",
            ),
        ],
    ),
];
