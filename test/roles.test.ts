// Roles of composed directive sentences: each row is one numbered item of a notice and the
// assignments expected on its task, as `role:name`, in any order.
import { describe, expect, it } from "vitest";
import { normalize, parseNotice } from "../src/index.js";

// `"none"`: the sentence is no task at all
type Row = [sentence: string, expected: string[] | "none"];

const roles = (body: string): string[][] =>
  parseNotice(`THÔNG BÁO\nKết luận như sau:\n${body}`, { referenceDate: "2025-03-10" }).tasks.map((t) =>
    t.assignments.map((a) => `${a.role}:${a.party.name}`).sort(),
  );

const ROWS: Row[] = [
  // lead: giao, chủ trì, chịu trách nhiệm, yêu cầu, đề nghị, the subject of a directive verb
  ["Giao Sở Tài chính rà soát các khoản chi.", ["lead:Sở Tài chính"]],
  ["Giao Sở Y tế chủ trì xây dựng kế hoạch.", ["lead:Sở Y tế"]],
  ["Giao Ủy ban nhân dân các huyện triển khai thực hiện.", ["lead:Ủy ban nhân dân các huyện"]],
  ["Giao Công an tỉnh chỉ đạo lực lượng bảo đảm an ninh.", ["lead:Công an tỉnh"]],
  ["Giao Bộ Chỉ huy Quân sự tỉnh xây dựng phương án.", ["lead:Bộ Chỉ huy Quân sự tỉnh"]],
  ["Giao Văn phòng Ủy ban nhân dân tỉnh tổng hợp ý kiến.", ["lead:Văn phòng Ủy ban nhân dân tỉnh"]],
  ["Giao Ban Tổ chức Tỉnh ủy tham mưu quy hoạch cán bộ.", ["lead:Ban Tổ chức Tỉnh ủy"]],
  ["Giao Đảng ủy Công an tỉnh lãnh đạo thực hiện.", ["lead:Đảng ủy Công an tỉnh"]],
  ["Giao Ủy ban Mặt trận Tổ quốc tỉnh vận động nhân dân.", ["lead:Ủy ban Mặt trận Tổ quốc tỉnh"]],
  ["Giao Tỉnh đoàn tổ chức các hoạt động tình nguyện.", ["lead:Tỉnh đoàn"]],
  ["Giao Hội Liên hiệp Phụ nữ tỉnh tuyên truyền hội viên.", ["lead:Hội Liên hiệp Phụ nữ tỉnh"]],
  ["Giao Trường Chính trị tỉnh mở lớp bồi dưỡng.", ["lead:Trường Chính trị tỉnh"]],
  ["Giao Bệnh viện Đa khoa tỉnh bố trí giường bệnh.", ["lead:Bệnh viện Đa khoa tỉnh"]],
  ["Giao Kho bạc Nhà nước tỉnh kiểm soát chi.", ["lead:Kho bạc Nhà nước tỉnh"]],
  ["Giao Thuế tỉnh triển khai các biện pháp thu nợ đọng.", ["lead:Thuế tỉnh"]],
  // the assignee after a fronted condition, and `giao` after an assent or a meeting that speaks
  ["Trường hợp cần thiết, Sở Y tế báo cáo Ủy ban nhân dân tỉnh xem xét.", ["lead:Sở Y tế", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Nếu phát sinh vướng mắc, các sở, ngành báo cáo Ủy ban nhân dân tỉnh.", ["lead:các sở, ngành", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Giao Sở Nông nghiệp và Môi trường hướng dẫn các địa phương thực hiện, kết quả báo cáo về Ủy ban nhân dân tỉnh.", ["lead:Sở Nông nghiệp và Môi trường", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Các xã báo cáo về Sở Nội vụ để tổng hợp.", ["lead:Các xã", "reportTo:Sở Nội vụ"]],
  ["Sở Y tế báo cáo về tình hình dịch bệnh tại cuộc họp.", ["lead:Sở Y tế"]],
  // what the advised body then submits is its own report: `tham mưu X trình Y` reports to X
  ["Sở Kế hoạch và Đầu tư tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xem xét, quyết định.", ["lead:Sở Kế hoạch và Đầu tư", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Hội nghị thống nhất giao Sở Tài chính rà soát nguồn vốn.", ["lead:Sở Tài chính"]],
  ["Ủy ban nhân dân tỉnh thống nhất giao Sở Tài chính rà soát nguồn vốn.", ["lead:Sở Tài chính"]],
  ["Chủ tịch Ủy ban nhân dân tỉnh đồng ý giao Sở Nội vụ hướng dẫn các xã.", ["lead:Sở Nội vụ"]],
  ["Cơ bản thống nhất chủ trương, giao Sở Xây dựng hoàn thiện hồ sơ.", ["lead:Sở Xây dựng"]],
  // a topic before the directive (`Về ...:`, `Đối với ...:`), and `căn cứ ... để` before the verb
  ["Về nguồn vốn: Sở Tài chính chủ trì, phối hợp với Sở Xây dựng cân đối, bố trí vốn cho dự án.", ["lead:Sở Tài chính", "support:Sở Xây dựng"]],
  ["Về công tác cán bộ: giao Sở Nội vụ tham mưu phương án sắp xếp.", ["lead:Sở Nội vụ"]],
  ["Đối với các dự án chậm tiến độ: Ủy ban nhân dân các huyện khẩn trương hoàn thành công tác bồi thường.", ["lead:Ủy ban nhân dân các huyện"]],
  ["Sở Nội vụ căn cứ quy định của pháp luật; chức năng, nhiệm vụ của các sở để phân công cụ thể, báo cáo Ủy ban nhân dân tỉnh.", ["lead:Sở Nội vụ", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Sở Nội vụ phân công cán bộ theo dõi địa bàn.", ["lead:Sở Nội vụ"]],
  // `các` before named bodies belongs to the list; a report the recipient makes on is not this task's
  ["Bộ Tài chính chủ trì, phối hợp với các Bộ Tài nguyên và Môi trường, Tư pháp hoàn thiện Đề án.", ["lead:Bộ Tài chính", "support:Bộ Tài nguyên và Môi trường", "support:Bộ Tư pháp"]],
  ["Giao các Sở Tài chính, Xây dựng bố trí vốn cho dự án.", ["lead:Sở Tài chính", "lead:Sở Xây dựng"]],
  ["Sở Y tế tổng hợp, báo cáo Bộ Y tế để tổng hợp, báo cáo Thủ tướng Chính phủ.", ["lead:Sở Y tế", "reportTo:Bộ Y tế"]],
  ["Các sở báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện thông qua Sở Nội vụ trước ngày 15 hằng tháng.", ["lead:Các sở", "reportTo:Ủy ban nhân dân tỉnh", "reportTo:Sở Nội vụ"]],
  ["Các huyện ủy báo cáo Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15/10/2025.", ["lead:Các huyện ủy", "reportTo:Ban Thường vụ Tỉnh ủy", "reportTo:Văn phòng Tỉnh ủy"]],
  ["Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn trực tiếp dự, chỉ đạo đại hội tại các xã.", ["lead:Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn"]],
  // `Giao X lãnh đạo, chỉ đạo Y ...` assigns X (as the gold of the dev corpus copies it); the subject form oversees
  ["Đề nghị Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Sở Y tế khắc phục các hạn chế.", ["lead:Ban cán sự đảng Ủy ban nhân dân tỉnh"]],
  // `giao cho`, `ủy quyền cho`, the passive `do X chủ trì`, `là cơ quan đầu mối`, an honorific before a position
  ["Giao cho Sở Y tế chủ trì xây dựng kế hoạch.", ["lead:Sở Y tế"]],
  ["Ủy quyền cho Giám đốc Sở Tài chính ký văn bản điều chỉnh dự toán.", ["lead:Giám đốc Sở Tài chính"]],
  ["Đề án do Sở Nội vụ chủ trì xây dựng, trình Ủy ban nhân dân tỉnh trong quý I/2026.", ["lead:Sở Nội vụ", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Sở Y tế là cơ quan đầu mối, phối hợp với các địa phương triển khai.", ["lead:Sở Y tế", "support:các địa phương"]],
  ["Đồng chí Chủ tịch Ủy ban nhân dân huyện chịu trách nhiệm chỉ đạo.", ["lead:Chủ tịch Ủy ban nhân dân huyện"]],
  // a collective phrase stays one party, through committees and a second `các`
  ["Các tỉnh ủy, thành ủy phối hợp Bộ Y tế sắp xếp các trạm y tế cấp xã.", ["lead:Các tỉnh ủy, thành ủy", "support:Bộ Y tế"]],
  ["Yêu cầu các cấp ủy, tổ chức đảng, các cơ quan, đơn vị quán triệt Kết luận.", ["lead:các cấp ủy, tổ chức đảng, các cơ quan, đơn vị"]],
  ["Ban Thường vụ các huyện ủy, thành ủy lãnh đạo thực hiện.", ["lead:Ban Thường vụ Huyện ủy", "lead:Ban Thường vụ Thành ủy"]],
  // divisions of a department or a district: `Phòng`, never the `phòng` of `phòng, chống`
  ["Phòng Tài chính - Kế hoạch huyện chủ trì, phối hợp với các phòng, ban chuyên môn rà soát nguồn vốn.", ["lead:Phòng Tài chính - Kế hoạch huyện", "support:các phòng, ban chuyên môn"]],
  ["Giao Phòng Nội vụ huyện hướng dẫn các xã sắp xếp bộ máy.", ["lead:Phòng Nội vụ huyện"]],
  ["Giao Công an tỉnh chủ trì công tác phòng cháy, chữa cháy.", ["lead:Công an tỉnh"]],
  ["Các cơ quan, đơn vị tăng cường công tác phòng, chống tham nhũng.", ["lead:Các cơ quan, đơn vị"]],
  ["Giao Ngân hàng Nhà nước chi nhánh tỉnh hướng dẫn các tổ chức tín dụng.", ["lead:Ngân hàng Nhà nước chi nhánh tỉnh"]],
  ["Giao Tổng công ty Điện lực miền Bắc bảo đảm cấp điện.", ["lead:Tổng công ty Điện lực miền Bắc"]],
  ["Giao Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm kiểm tra.", ["lead:Chủ tịch Ủy ban nhân dân các xã"]],
  ["Giao đồng chí Nguyễn Văn Hùng, Phó Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo xử lý.", ["lead:Nguyễn Văn Hùng"]],
  ["Sở Nội vụ chủ trì hướng dẫn sắp xếp tổ chức bộ máy.", ["lead:Sở Nội vụ"]],
  ["Sở Xây dựng chịu trách nhiệm kiểm tra chất lượng công trình.", ["lead:Sở Xây dựng"]],
  ["Sở Giáo dục và Đào tạo có trách nhiệm bố trí giáo viên.", ["lead:Sở Giáo dục và Đào tạo"]],
  ["Sở Văn hóa, Thể thao và Du lịch khẩn trương hoàn thiện đề án.", ["lead:Sở Văn hóa, Thể thao và Du lịch"]],
  ["Sở Nông nghiệp và Môi trường tập trung chỉ đạo sản xuất vụ đông.", ["lead:Sở Nông nghiệp và Môi trường"]],
  ["Ủy ban nhân dân thành phố tiếp tục rà soát quỹ đất.", ["lead:Ủy ban nhân dân thành phố"]],
  ["Bộ Tài chính nghiên cứu sửa đổi thông tư.", ["lead:Bộ Tài chính"]],
  ["Bộ Khoa học và Công nghệ hướng dẫn các địa phương.", ["lead:Bộ Khoa học và Công nghệ"]],
  ["Văn phòng Chính phủ tổng hợp, báo cáo Thủ tướng Chính phủ.", ["lead:Văn phòng Chính phủ", "reportTo:Thủ tướng Chính phủ"]],
  ["Thanh tra tỉnh tiến hành thanh tra việc quản lý đất đai.", ["lead:Thanh tra tỉnh"]],
  ["Yêu cầu Sở Công Thương kiểm tra thị trường.", ["lead:Sở Công Thương"]],
  ["Yêu cầu các sở, ban, ngành thực hiện nghiêm kỷ luật hành chính.", ["lead:các sở, ban, ngành"]],
  ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện chính sách.", ["lead:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]],
  ["Đề nghị Bộ Xây dựng sớm ban hành hướng dẫn.", ["lead:Bộ Xây dựng"]],
  ["Đồng thời, giao Sở Tư pháp thẩm định dự thảo.", ["lead:Sở Tư pháp"]],
  // `giao nhiệm vụ cho X`, `phân công X`
  ["Giao nhiệm vụ cho Sở Xây dựng rà soát quy hoạch.", ["lead:Sở Xây dựng"]],
  ["Giao trách nhiệm cho Sở Y tế kiểm tra an toàn thực phẩm.", ["lead:Sở Y tế"]],
  ["Phân công Sở Tài chính chủ trì thẩm định.", ["lead:Sở Tài chính"]],
  // a cue after what is fronted
  ["Thời gian tới, yêu cầu các cấp ủy, tổ chức đảng, chính quyền tập trung thực hiện tốt công tác dân vận.", ["lead:các cấp ủy, tổ chức đảng, chính quyền"]],
  ["Để kịp tiến độ, giao Sở Xây dựng chủ trì thẩm định hồ sơ.", ["lead:Sở Xây dựng"]],
  // a place named as the actor, its level capitalised
  ["Thành phố Bảo Lộc khẩn trương rà soát các dự án chậm tiến độ.", ["lead:Thành phố Bảo Lộc"]],
  ["Xã Tân Lập ưu tiên bố trí đất tái định cư.", ["lead:Xã Tân Lập"]],
  ["Phường 1 phối hợp với Công an phường rà soát.", ["lead:Phường 1", "support:Công an phường"]],
  ["Xã Tân Lập, xã Hòa Khánh rà soát quỹ đất công.", ["lead:Xã Tân Lập", "lead:xã Hòa Khánh"]],
  ["Huyện ủy Lâm Hà lãnh đạo triển khai.", ["lead:Huyện ủy Lâm Hà"]],
  // a proper name keeps the compound its capitalised syllable starts (`Đăng ký`, `Văn phòng`)
  ["Phối hợp với Chi nhánh Văn phòng Đăng ký đất đai huyện cấp giấy chứng nhận.", ["support:Chi nhánh Văn phòng Đăng ký đất đai huyện"]],
  // the capacity a subject acts in, before its verb
  ["Các sở, ngành theo lĩnh vực quản lý hướng dẫn các địa phương thực hiện.", ["lead:Các sở, ngành"]],
  ["Các sở, ngành theo chức năng, nhiệm vụ, quyền hạn được giao tổ chức thực hiện.", ["lead:Các sở, ngành"]],
  ["UBND các huyện theo thẩm quyền xử lý nghiêm các vi phạm.", ["lead:UBND các huyện"]],
  ["Các Bộ theo chức năng, nhiệm vụ và thẩm quyền rà soát các kiến nghị của tỉnh.", ["lead:Các Bộ"]],
  ["Các đồng chí Thường trực Huyện ủy theo địa bàn được phân công trực tiếp chỉ đạo thực hiện.", ["lead:Các đồng chí Thường trực Huyện ủy"]],
  ["Để bảo đảm tiến độ, các sở, ngành theo ngành, lĩnh vực quản lý chủ động rà soát.", ["lead:các sở, ngành"]],
  ["Các chi bộ, đảng bộ cơ sở khẩn trương hoàn thiện văn kiện đại hội.", ["lead:Các chi bộ, đảng bộ cơ sở"]],
  ["Nhà thầu thi công khẩn trương khắc phục các tồn tại.", ["lead:Nhà thầu thi công"]],
  ["Các nhà đầu tư khẩn trương hoàn thiện hồ sơ dự án.", ["lead:Các nhà đầu tư"]],
  // what bodies belong to (`thuộc Chính phủ`), and state companies as one collective
  ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chỉ đạo thực hiện.", ["lead:Bộ trưởng", "lead:Thủ trưởng cơ quan ngang bộ", "lead:Thủ trưởng cơ quan thuộc Chính phủ"]],
  ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các địa phương khẩn trương rà soát.", ["lead:Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "lead:các địa phương"]],
  ["Các tập đoàn, tổng công ty nhà nước bảo đảm cung ứng điện.", ["lead:Các tập đoàn, tổng công ty nhà nước"]],
  // the units under a commune: thôn, buôn, ấp, tổ dân phố
  ["Chi bộ các thôn, buôn, tổ dân phố tổ chức sinh hoạt chuyên đề.", ["lead:Chi bộ các thôn, buôn, tổ dân phố"]],
  ["Các thôn, buôn rà soát hộ nghèo.", ["lead:Các thôn, buôn"]],
  ["Các cấp ủy, tổ chức cơ sở đảng quán triệt nghị quyết.", ["lead:Các cấp ủy, tổ chức cơ sở đảng"]],
  // the organs of the political system's parts, one collective
  ["Các cơ quan của Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh quán triệt, triển khai thực hiện.", ["lead:Các cơ quan của Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh"]],
  ["Các cơ quan đảng, chính quyền các cấp tăng cường kiểm tra.", ["lead:Các cơ quan đảng, chính quyền các cấp"]],
  ["Các cơ quan Đảng, Nhà nước tỉnh phối hợp với các sở, ngành tổ chức tuyên truyền.", ["lead:Các cơ quan Đảng, Nhà nước tỉnh", "support:các sở, ngành"]],
  ["Các sở, ngành, địa phương tăng cường kỷ luật, kỷ cương.", ["lead:Các sở, ngành, địa phương"]],
  ["Các cơ quan liên quan chủ động phối hợp triển khai.", ["lead:Các cơ quan liên quan"]],
  ["Ban Thường vụ các huyện ủy, thành ủy lãnh đạo triển khai nghị quyết.", ["lead:Ban Thường vụ Huyện ủy", "lead:Ban Thường vụ Thành ủy"]],
  ["Để nâng cao hiệu quả quản lý, tăng cường kiểm tra, các sở, ngành theo chức năng, nhiệm vụ triển khai các giải pháp.", ["lead:các sở, ngành"]],
  ["Trên cơ sở kết quả rà soát, Sở Nội vụ tham mưu sắp xếp bộ máy.", ["lead:Sở Nội vụ"]],
  // support: phối hợp với, phối hợp cùng
  ["Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định dự án.", ["lead:Sở Tài chính", "support:Sở Xây dựng"]],
  ["Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ xây dựng đề án.", ["lead:Sở Y tế", "support:Sở Tài chính", "support:Sở Nội vụ"]],
  ["Giao Công an tỉnh phối hợp với Ủy ban nhân dân các huyện giải tỏa vi phạm.", ["lead:Công an tỉnh", "support:Ủy ban nhân dân các huyện"]],
  ["Sở Nội vụ phối hợp chặt chẽ với Ban Tổ chức Tỉnh ủy rà soát biên chế.", ["lead:Sở Nội vụ", "support:Ban Tổ chức Tỉnh ủy"]],
  ["Giao Bộ Công an chủ trì, phối hợp với các Bộ: Tư pháp, Ngoại giao hoàn thiện hồ sơ.", ["lead:Bộ Công an", "support:Bộ Tư pháp", "support:Bộ Ngoại giao"]],
  ["Giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan kiểm tra.", ["lead:Sở Công Thương", "support:các cơ quan liên quan"]],
  ["Bộ Tài chính chủ trì, phối hợp cùng Ngân hàng Nhà nước Việt Nam xử lý.", ["lead:Bộ Tài chính", "support:Ngân hàng Nhà nước Việt Nam"]],
  ["Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế, Tỉnh đoàn tổ chức khám sức khỏe.", ["lead:Sở Giáo dục và Đào tạo", "support:Sở Y tế", "support:Tỉnh đoàn"]],
  ["Giao Ủy ban nhân dân huyện Hòa An phối hợp với Sở Tài chính xác định giá đất.", ["lead:Ủy ban nhân dân huyện Hòa An", "support:Sở Tài chính"]],
  // reportTo: báo cáo, trình, tham mưu
  ["Giao Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", ["lead:Sở Tài chính", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Sở Nội vụ hoàn thiện hồ sơ, trình Ủy ban nhân dân tỉnh xem xét.", ["lead:Sở Nội vụ", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Giao Sở Kế hoạch và Đầu tư tham mưu Ủy ban nhân dân tỉnh phân bổ vốn.", ["lead:Sở Kế hoạch và Đầu tư", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Bộ Xây dựng báo cáo Thủ tướng Chính phủ trước ngày 30/4/2025.", ["lead:Bộ Xây dựng", "reportTo:Thủ tướng Chính phủ"]],
  ["Giao Ban Tuyên giáo Tỉnh ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.", ["lead:Ban Tuyên giáo Tỉnh ủy", "reportTo:Ban Thường vụ Tỉnh ủy"]],
  ["Sở Y tế chủ trì, phối hợp với Sở Tài chính đề xuất, trình Chủ tịch Ủy ban nhân dân tỉnh.", ["lead:Sở Y tế", "support:Sở Tài chính", "reportTo:Chủ tịch Ủy ban nhân dân tỉnh"]],
  ["Bộ Tài chính có văn bản gửi Bộ Tư pháp để thẩm định.", ["lead:Bộ Tài chính", "reportTo:Bộ Tư pháp"]],
  ["Giao Sở Tư pháp chủ trì, báo cáo kết quả về Ủy ban nhân dân tỉnh.", ["lead:Sở Tư pháp", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Giao Văn phòng Tỉnh ủy tham mưu Thường trực Tỉnh ủy tổ chức hội nghị.", ["lead:Văn phòng Tỉnh ủy", "reportTo:Thường trực Tỉnh ủy"]],
  ["Giao Sở Nông nghiệp và Môi trường xin ý kiến Bộ Nông nghiệp và Môi trường về phương án.", ["lead:Sở Nông nghiệp và Môi trường", "reportTo:Bộ Nông nghiệp và Môi trường"]],
  // monitor: theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện
  ["Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện.", ["monitor:Văn phòng Ủy ban nhân dân tỉnh"]],
  ["Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Tỉnh ủy.", ["monitor:Văn phòng Tỉnh ủy", "reportTo:Ban Thường vụ Tỉnh ủy"]],
  ["Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện kết luận này.", ["monitor:Ủy ban Kiểm tra Tỉnh ủy"]],
  ["Sở Nội vụ theo dõi, tổng hợp tình hình thực hiện.", ["monitor:Sở Nội vụ"]],
  ["Các thành viên Ban Chỉ đạo theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc các đơn vị.", ["monitor:Các thành viên Ban Chỉ đạo"]],
  ["Giao Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát việc thực hiện các kết luận.", ["monitor:Ủy ban Kiểm tra Huyện ủy"]],
  // inspecting a field is one's own work, however often
  ["Sở Công Thương tăng cường kiểm tra, xử lý gian lận thương mại.", ["lead:Sở Công Thương"]],
  // which holder of a position: its portfolio is part of its name
  ["Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực trực tiếp chỉ đạo các sở, ngành triển khai.", ["lead:Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực"]],
  ["Phó Chủ tịch UBND huyện được phân công phụ trách địa bàn kiểm tra tiến độ giải phóng mặt bằng.", ["lead:Phó Chủ tịch UBND huyện được phân công phụ trách địa bàn"]],
  ["Giám đốc Sở Y tế chủ trì cuộc họp đánh giá tình hình dịch bệnh.", ["lead:Giám đốc Sở Y tế"]],
  // `X chủ trì, Y phối hợp`: the bodies named before `phối hợp` support
  ["Giao Sở Nội vụ chủ trì, Sở Tài chính phối hợp thực hiện.", ["lead:Sở Nội vụ", "support:Sở Tài chính"]],
  ["Giao Sở Xây dựng chủ trì, Sở Tài chính và UBND các huyện phối hợp rà soát.", ["lead:Sở Xây dựng", "support:Sở Tài chính", "support:UBND các huyện"]],
  ["Sở Y tế chủ trì, các bệnh viện tuyến tỉnh tham gia thực hiện.", ["lead:Sở Y tế", "support:các bệnh viện tuyến tỉnh"]],
  // `chủ trì cùng Y`
  ["Sở Y tế chủ trì cùng Sở Giáo dục và Đào tạo tổ chức khám sức khỏe cho học sinh.", ["lead:Sở Y tế", "support:Sở Giáo dục và Đào tạo"]],
  ["Giao Thanh tra tỉnh đôn đốc các đơn vị khắc phục sau thanh tra.", ["monitor:Thanh tra tỉnh"]],
  ["Văn phòng Chính phủ giám sát việc triển khai.", ["monitor:Văn phòng Chính phủ"]],
  // oversee: X lãnh đạo, chỉ đạo Y
  ["Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch.", ["oversee:Ban cán sự đảng Ủy ban nhân dân tỉnh", "lead:Ủy ban nhân dân tỉnh"]],
  ["Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh giám sát chuyên đề.", ["oversee:Đảng đoàn Hội đồng nhân dân tỉnh", "lead:Hội đồng nhân dân tỉnh"]],
  ["Đảng ủy Quân sự tỉnh lãnh đạo, chỉ đạo Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập.", ["oversee:Đảng ủy Quân sự tỉnh", "lead:Bộ Chỉ huy Quân sự tỉnh"]],
  // the body that speaks is not an assignee
  ["Thủ tướng Chính phủ giao Bộ Tài chính hoàn thiện nghị định.", ["lead:Bộ Tài chính"]],
  ["Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Y tế tăng cường kiểm tra.", ["lead:Sở Y tế"]],
  ["Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo xây dựng nghị quyết.", ["lead:Đảng đoàn Hội đồng nhân dân tỉnh"]],
  ["Phó Thủ tướng Chính phủ đề nghị Bộ Giáo dục và Đào tạo sửa đổi quy chế.", ["lead:Bộ Giáo dục và Đào tạo"]],
  // distribution of shared heads
  ["Giao các Sở: Tài chính, Xây dựng thẩm định hồ sơ.", ["lead:Sở Tài chính", "lead:Sở Xây dựng"]],
  ["Giao Sở Tài chính, Xây dựng, Nội vụ hướng dẫn.", ["lead:Sở Tài chính", "lead:Sở Xây dựng", "lead:Sở Nội vụ"]],
  ["Các Bộ: Tài chính, Tư pháp, Công an khẩn trương rà soát.", ["lead:Bộ Tài chính", "lead:Bộ Tư pháp", "lead:Bộ Công an"]],
  ["Giao Bí thư các huyện ủy, thành ủy chịu trách nhiệm chỉ đạo.", ["lead:Bí thư Huyện ủy", "lead:Bí thư Thành ủy"]],
  ["Giao Bí thư thành ủy, huyện ủy, đảng ủy trực thuộc Tỉnh ủy quán triệt.", ["lead:Bí thư thành ủy", "lead:Bí thư Huyện ủy", "lead:Bí thư Đảng ủy trực thuộc Tỉnh ủy"]],
  ["Giao Giám đốc các Sở: Y tế, Giáo dục và Đào tạo chịu trách nhiệm.", ["lead:Giám đốc Sở Y tế", "lead:Giám đốc Sở Giáo dục và Đào tạo"]],
  ["Giao Ban Tuyên giáo và Dân vận, Ban Tổ chức Tỉnh ủy phối hợp triển khai.", ["lead:Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead:Ban Tổ chức Tỉnh ủy"]],
  ["Giao Sở Tài chính và Sở Tư pháp thống nhất nội dung.", ["lead:Sở Tài chính", "lead:Sở Tư pháp"]],
  // collectives stay one party
  ["Giao các sở, ban, ngành, địa phương quán triệt thực hiện.", ["lead:các sở, ban, ngành, địa phương"]],
  ["Giao các cơ quan, đơn vị liên quan chủ động triển khai.", ["lead:các cơ quan, đơn vị liên quan"]],
  ["Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện.", ["lead:các cấp ủy, tổ chức đảng"]],
  ["Giao các doanh nghiệp nhà nước thực hiện tái cơ cấu.", ["lead:các doanh nghiệp nhà nước"]],
  ["Giao Ủy ban nhân dân các huyện, thành phố rà soát.", ["lead:Ủy ban nhân dân các huyện, thành phố"]],
  // not tasks: the roles stay empty of invented parties
  ["Giao Sở Tài chính thực hiện chức năng quản lý nhà nước về giá.", ["lead:Sở Tài chính"]],
  ["Đồng chí Trần Thị Lan, Giám đốc Sở Y tế chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả.", ["lead:Trần Thị Lan"]],
  ["Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện kiểm kê đất đai, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/4/2025.", ["lead:Sở Tài nguyên và Môi trường", "support:Ủy ban nhân dân các huyện", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Bộ Y tế chủ trì, phối hợp với Bộ Tài chính, Bảo hiểm xã hội Việt Nam sửa đổi danh mục thuốc, báo cáo Chính phủ.", ["lead:Bộ Y tế", "support:Bộ Tài chính", "support:Bảo hiểm xã hội Việt Nam", "reportTo:Chính phủ"]],
  ["Giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát, báo cáo Ban Thường vụ Tỉnh ủy.", ["lead:Ủy ban nhân dân tỉnh", "reportTo:Ban Thường vụ Tỉnh ủy"]],
  ["Giao Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh đẩy nhanh tiến độ.", ["lead:Công an tỉnh", "support:Viện Kiểm sát nhân dân tỉnh", "support:Tòa án nhân dân tỉnh"]],
  ["Giao Hội đồng nhân dân tỉnh giám sát chuyên đề.", ["lead:Hội đồng nhân dân tỉnh"]],
  ["Giao Liên đoàn Lao động tỉnh chăm lo đời sống công nhân.", ["lead:Liên đoàn Lao động tỉnh"]],
  ["Giao Đài Phát thanh và Truyền hình tỉnh tuyên truyền.", ["lead:Đài Phát thanh và Truyền hình tỉnh"]],
  ["Giao Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân.", ["lead:Trung tâm Phục vụ hành chính công tỉnh"]],
  ["Giao Ban Quản lý các khu công nghiệp tỉnh kêu gọi đầu tư.", ["lead:Ban Quản lý các khu công nghiệp tỉnh"]],
  ["Giao Cục Thống kê tỉnh cung cấp số liệu.", ["lead:Cục Thống kê tỉnh"]],
  ["Giao Chi cục Kiểm lâm tăng cường tuần tra.", ["lead:Chi cục Kiểm lâm"]],
  ["Giao Bảo hiểm xã hội tỉnh phát triển đối tượng tham gia.", ["lead:Bảo hiểm xã hội tỉnh"]],
  ["Giao Hội Nông dân tỉnh hướng dẫn hội viên.", ["lead:Hội Nông dân tỉnh"]],
  ["Giao Hội Cựu chiến binh tỉnh vận động hội viên.", ["lead:Hội Cựu chiến binh tỉnh"]],
  ["Giao Chánh Văn phòng Ủy ban nhân dân tỉnh theo dõi.", ["monitor:Chánh Văn phòng Ủy ban nhân dân tỉnh"]],
  ["Giao Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm.", ["lead:Thủ trưởng các cơ quan, đơn vị"]],
  ["Giao Người đứng đầu cấp ủy các cấp trực tiếp chỉ đạo.", ["lead:Người đứng đầu cấp ủy các cấp"]],
  ["Sở Tư pháp phối hợp với Sở Nội vụ rà soát, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.", ["lead:Sở Tư pháp", "support:Sở Nội vụ", "reportTo:Chủ tịch Ủy ban nhân dân tỉnh"]],
  ["Đề nghị Đảng ủy các cơ quan Đảng tỉnh chỉ đạo các chi bộ.", ["lead:Đảng ủy các cơ quan Đảng tỉnh"]],
  ["Yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc thực hiện.", ["lead:Thủ trưởng các sở, ban, ngành"]],
  ["Sở Y tế khẩn trương gửi Sở Tài chính dự toán kinh phí.", ["lead:Sở Y tế", "reportTo:Sở Tài chính"]],
  ["Đài Phát thanh và Truyền hình tỉnh, Báo Sơn Nam tăng thời lượng tuyên truyền.", ["lead:Đài Phát thanh và Truyền hình tỉnh", "lead:Báo Sơn Nam"]],
  ["Đài Tiếng nói Việt Nam thông tin kịp thời diễn biến của bão.", ["lead:Đài Tiếng nói Việt Nam"]],
  ["Chủ tịch Ủy ban nhân dân các xã nêu trên khẩn trương sơ tán dân.", ["lead:Chủ tịch Ủy ban nhân dân các xã nêu trên"]],
  // one body in each place a list names; a named body's role in brackets is read past
  ["Ủy ban nhân dân các huyện: Bình Sơn, Tây Trà, Sơn Hà khẩn trương hoàn thành bồi thường.", ["lead:Ủy ban nhân dân huyện Bình Sơn", "lead:Ủy ban nhân dân huyện Tây Trà", "lead:Ủy ban nhân dân huyện Sơn Hà"]],
  ["Chủ tịch Ủy ban nhân dân các xã: Tân An và Tân Bình chịu trách nhiệm.", ["lead:Chủ tịch Ủy ban nhân dân xã Tân An", "lead:Chủ tịch Ủy ban nhân dân xã Tân Bình"]],
  ["Sở Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh) tổng hợp hồ sơ.", ["lead:Sở Nội vụ"]],
  ["Giao Sở Xây dựng (cơ quan thường trực Ban Chỉ đạo) chủ trì rà soát quy hoạch.", ["lead:Sở Xây dựng"]],
  ["Cơ quan thường trực (Sở Nội vụ) tổng hợp kết quả.", ["lead:Sở Nội vụ"]],
  // bodies alongside the lead support it; a network with others taking part is the work's content
  ["Sở Nội vụ chủ trì, với sự tham gia của Sở Tư pháp, Sở Tài chính, xây dựng đề án.", ["lead:Sở Nội vụ", "support:Sở Tư pháp", "support:Sở Tài chính"]],
  ["Sở Y tế cùng với Sở Giáo dục và Đào tạo tổ chức kiểm tra an toàn thực phẩm.", ["lead:Sở Y tế", "support:Sở Giáo dục và Đào tạo"]],
  ["Sở Nội vụ xây dựng mạng lưới cộng tác viên với sự tham gia của các tổ chức chính trị - xã hội.", ["lead:Sở Nội vụ"]],
  // the closing call to carry out the document itself is no task; what it builds on still is
  ["Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này./.", "none"],
  ["Các sở, ngành tổ chức thực hiện Kết luận này.", "none"],
  ["Đề nghị các đồng chí Ủy viên Ban Thường vụ, các cơ quan, đơn vị quán triệt, thực hiện nghiêm túc các nội dung trên.", "none"],
  ["Yêu cầu các sở, ngành triển khai thực hiện các nhiệm vụ nêu trên.", "none"],
  ["Sở Y tế thực hiện các nhiệm vụ trên địa bàn tỉnh.", ["lead:Sở Y tế"]],
  ["Các sở, ngành căn cứ Kế hoạch này, xây dựng kế hoạch triển khai.", ["lead:Các sở, ngành"]],
  ["Các sở, ngành căn cứ Kế hoạch này chủ động triển khai; báo cáo kết quả về Sở Tư pháp trước ngày 10/12 hằng năm.", ["lead:Các sở, ngành", "reportTo:Sở Tư pháp"]],
  ["Các sở, ngành căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch triển khai.", ["lead:Các sở, ngành"]],
  ["Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này.", ["monitor:Văn phòng Ủy ban nhân dân tỉnh"]],
  // the lead written after the work, in brackets or as `Giao:`
  ["Hoàn thiện hồ sơ thẩm định dự án (Phòng Quản lý xây dựng chủ trì; thời gian: trước ngày 20/12/2025).", ["lead:Phòng Quản lý xây dựng"]],
  ["Kiểm tra hiện trường (Phòng Kỹ thuật, Phòng Quản lý chất lượng công trình thực hiện).", ["lead:Phòng Kỹ thuật", "lead:Phòng Quản lý chất lượng công trình"]],
  ["Tổng hợp báo cáo kết quả năm (giao Văn phòng Sở; hoàn thành trong tháng 12/2025).", ["lead:Văn phòng Sở"]],
  ["Rà soát hồ sơ nâng lương trước hạn. Giao: Phòng Tổ chức cán bộ. Thời hạn: 15/12/2025.", ["lead:Phòng Tổ chức cán bộ"]],
  ["Sở Y tế phối hợp với các cơ quan liên quan (Sở Nội vụ, Sở Tài chính) rà soát.", ["lead:Sở Y tế", "support:Sở Nội vụ", "support:Sở Tài chính"]],
  ["Các phòng, đơn vị thuộc Sở nghiêm túc thực hiện chế độ báo cáo.", ["lead:Các phòng, đơn vị thuộc Sở"]],
  // the subject after a fronted time
  ["Từ nay đến hết năm 2025, Ủy ban Kiểm tra Tỉnh ủy tăng cường kiểm tra, giám sát.", ["lead:Ủy ban Kiểm tra Tỉnh ủy"]],
  ["Thời gian tới, các sở, ngành tập trung tháo gỡ khó khăn.", ["lead:các sở, ngành"]],
  ["Trước mắt, Sở Y tế bảo đảm đủ thuốc.", ["lead:Sở Y tế"]],
  // bodies told to agree with one another lead together; an assent is no task
  ["Sở Tài chính, Sở Tư pháp thống nhất về phương án phân bổ vốn trước khi trình Ủy ban nhân dân tỉnh.", ["lead:Sở Tài chính", "lead:Sở Tư pháp", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Sở Xây dựng và Sở Giao thông vận tải thống nhất số liệu đo đạc.", ["lead:Sở Xây dựng", "lead:Sở Giao thông vận tải"]],
  ["Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy thống nhất chủ trương đầu tư dự án.", "none"],
  ["Sở Tài chính thống nhất về nội dung tờ trình.", "none"],
  // the head of each of a collective is one party; an office spread over the committees after `các`
  ["Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh.", ["lead:Người đứng đầu cơ quan, đơn vị"]],
  ["Chủ tịch xã, phường chịu trách nhiệm về trật tự xây dựng.", ["lead:Chủ tịch xã, phường"]],
  ["Ban Thường vụ các Huyện ủy, Thị ủy ven biển lãnh đạo chính quyền địa phương rà soát dự án.", ["oversee:Ban Thường vụ Huyện ủy", "oversee:Ban Thường vụ Thị ủy ven biển", "lead:chính quyền địa phương"]],
  ["Bí thư các Huyện ủy, Thành ủy trực tiếp chỉ đạo.", ["lead:Bí thư Huyện ủy", "lead:Bí thư Thành ủy"]],
  // one office serving several elected bodies; a committee's organs listed bare before it are its own
  ["Văn phòng Huyện ủy chủ trì, phối hợp với Văn phòng HĐND và UBND huyện chuẩn bị hội nghị.", ["lead:Văn phòng Huyện ủy", "support:Văn phòng HĐND và UBND huyện"]],
  ["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh chuẩn bị nội dung kỳ họp.", ["lead:Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"]],
  ["Văn phòng Tỉnh ủy và Ủy ban nhân dân tỉnh chuẩn bị nội dung.", ["lead:Văn phòng Tỉnh ủy", "lead:Ủy ban nhân dân tỉnh"]],
  ["Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy tham mưu Ban Thường vụ Huyện ủy kế hoạch kiểm tra.", ["lead:Ban Tổ chức Huyện ủy", "lead:Ủy ban Kiểm tra Huyện ủy", "reportTo:Ban Thường vụ Huyện ủy"]],
  ["Ban Dân vận, Ban Tuyên giáo, Văn phòng Tỉnh ủy phối hợp chuẩn bị.", ["lead:Ban Dân vận Tỉnh ủy", "lead:Ban Tuyên giáo Tỉnh ủy", "lead:Văn phòng Tỉnh ủy"]],
  ["Sở Tài chính, Ban Tuyên giáo Tỉnh ủy phối hợp chuẩn bị.", ["lead:Sở Tài chính", "lead:Ban Tuyên giáo Tỉnh ủy"]],
  // more verbs of doing (`cấp` alone is a level: `Ủy ban nhân dân cấp xã`)
  ["Bộ Nông nghiệp và Môi trường cấp phép sử dụng khu vực biển theo thẩm quyền.", ["lead:Bộ Nông nghiệp và Môi trường"]],
  ["Ủy ban nhân dân các xã cấp giấy chứng nhận cho hộ gia đình.", ["lead:Ủy ban nhân dân các xã"]],
  ["Ban Tuyên giáo Huyện ủy định hướng công tác tuyên truyền.", ["lead:Ban Tuyên giáo Huyện ủy"]],
  ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì ứng phó với bão.", ["lead:Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"]],
  ["Tháo gỡ dứt điểm vướng mắc về mặt bằng.", []],
  // `là` ends a name only as a word: `làm rõ`, `làm tốt` direct
  ["Sở Nội vụ làm rõ trách nhiệm của tập thể, cá nhân.", ["lead:Sở Nội vụ"]],
  ["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị làm tốt công tác tư tưởng.", ["lead:Các cấp ủy, tổ chức đảng, cơ quan, đơn vị"]],
  // a body of each place, named after its field
  ["Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường khai giảng.", ["lead:Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"]],
  ["Sở Y tế các tỉnh, thành phố bảo đảm đủ thuốc.", ["lead:Sở Y tế các tỉnh, thành phố"]],
  ["Ủy ban nhân dân các phường, xã ven sông cắm biển cảnh báo sạt lở.", ["lead:Ủy ban nhân dân các phường, xã ven sông"]],
  ["Các huyện miền núi, biên giới rà soát các hộ nghèo.", ["lead:Các huyện miền núi, biên giới"]],
  ["Đồn Biên phòng Cửa khẩu phối hợp với các xã biên giới tuần tra.", ["lead:Đồn Biên phòng Cửa khẩu", "support:các xã biên giới"]],
  // a known name that holds a list is one party
  ["Giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chỉ đạo các tổ chức chính trị - xã hội vận động nhân dân.", ["lead:Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]],
  // cooperation named after the work; a proposal or recommendation goes to its recipient
  ["Sở Y tế xây dựng đề án, có sự phối hợp của Sở Tài chính.", ["lead:Sở Y tế", "support:Sở Tài chính"]],
  ["Sở Y tế rà soát, đề xuất Ủy ban nhân dân tỉnh phương án xử lý.", ["lead:Sở Y tế", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Sở Y tế tổng hợp, kiến nghị Bộ Y tế sửa đổi quy định.", ["lead:Sở Y tế", "reportTo:Bộ Y tế"]],
  ["Sở Y tế đề xuất các giải pháp nâng cao chất lượng khám bệnh.", ["lead:Sở Y tế"]],
  // a body's name and a colon before its duty; a topic that is a party names the subject
  ["Sở Nội vụ: Tham mưu kiện toàn Ban Chỉ đạo.", ["lead:Sở Nội vụ"]],
  ["Các sở, ngành, địa phương: Cử cán bộ tham gia Tổ giúp việc.", ["lead:Các sở, ngành, địa phương"]],
  ["Đối với Sở Y tế: khẩn trương hoàn thiện đề án, trình Ủy ban nhân dân tỉnh.", ["lead:Sở Y tế", "reportTo:Ủy ban nhân dân tỉnh"]],
  ["Đối với dự án chậm tiến độ: Sở Xây dựng kiểm tra hiện trường.", ["lead:Sở Xây dựng"]],
  ["Đảng ủy Chính phủ lãnh đạo, chỉ đạo Bộ Giáo dục và Đào tạo đưa kỹ năng bơi an toàn vào chương trình.", ["oversee:Đảng ủy Chính phủ", "lead:Bộ Giáo dục và Đào tạo"]],
  // units of a level and their heads: `Trạm`, `Hạt`, `Đội`, `Chi nhánh`, `Điện lực`, `Trưởng`
  ["Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế xã triển khai tiêm chủng.", ["lead:Phòng Văn hóa - Xã hội", "support:Trạm Y tế xã"]],
  ["Hạt Kiểm lâm huyện tăng cường tuần tra bảo vệ rừng.", ["lead:Hạt Kiểm lâm huyện"]],
  ["Đội Quản lý thị trường số 3 kiểm tra các cơ sở kinh doanh.", ["lead:Đội Quản lý thị trường số 3"]],
  ["Phòng Kinh tế chủ trì, phối hợp với Trưởng các ấp rà soát diện tích lúa.", ["lead:Phòng Kinh tế", "support:Trưởng các ấp"]],
  ["Trưởng thôn vận động người dân giữ gìn vệ sinh.", ["lead:Trưởng thôn"]],
  ["Đội ngũ cán bộ nâng cao năng lực chuyên môn.", "none"],
  // a body named for its business ends at its place (`Ban Chỉ huy Quân sự xã` | `hoàn chỉnh ...`)
  ["Ban Chỉ huy Quân sự xã hoàn chỉnh hồ sơ gọi công dân nhập ngũ.", ["lead:Ban Chỉ huy Quân sự xã"]],
  ["Ban Chỉ huy Quân sự huyện rà soát lực lượng dân quân.", ["lead:Ban Chỉ huy Quân sự huyện"]],
  // the body a collective's members belong to; a council's groups of deputies
  ["Các Ban của Hội đồng nhân dân tỉnh chủ động thẩm tra các tờ trình.", ["lead:Các Ban của Hội đồng nhân dân tỉnh"]],
  ["Các Tổ đại biểu Hội đồng nhân dân tỉnh tổ chức tiếp xúc cử tri.", ["lead:Các Tổ đại biểu Hội đồng nhân dân tỉnh"]],
  ["Tổ chức hội nghị sơ kết công tác.", []],
  // a verb after a proper name ends it; two-word nouns with a verb in them stay
  ["Trường Đại học Tây Nguyên phối hợp với Bệnh viện Đa khoa vùng Tây Nguyên đào tạo nhân lực.", ["lead:Trường Đại học Tây Nguyên", "support:Bệnh viện Đa khoa vùng Tây Nguyên"]],
  ["Giao Cục Hải quan tỉnh phối hợp với Bộ đội Biên phòng tỉnh kiểm soát hàng hóa.", ["lead:Cục Hải quan tỉnh", "support:Bộ đội Biên phòng tỉnh"]],
  ["Chi cục Thuế khu vực XV chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII đối chiếu số liệu.", ["lead:Chi cục Thuế khu vực XV", "support:Kho bạc Nhà nước khu vực XIII"]],
  // a cue word that reports what was done or names a thing asks for nothing
  ["Năm 2025, tỉnh đã hoàn thành 18/20 chỉ tiêu.", "none"],
  ["Việc sắp xếp, tinh gọn bộ máy là yêu cầu cấp bách.", "none"],
  ["Trong 9 tháng đầu năm, Sở Tài chính đã hoàn thành giải ngân 70% kế hoạch vốn.", "none"],
  ["Các nhiệm vụ được giao phải hoàn thành đúng hạn.", []],
  // what kind of agencies, the place they serve, bases and forces
  ["Các cơ quan báo chí của tỉnh đẩy mạnh tuyên truyền.", ["lead:Các cơ quan báo chí của tỉnh"]],
  ["Các cơ quan thông tấn, báo chí tăng cường tuyên truyền.", ["lead:Các cơ quan thông tấn, báo chí"]],
  ["Các cơ quan tham mưu, giúp việc của Tỉnh ủy phối hợp thực hiện.", ["lead:Các cơ quan tham mưu, giúp việc của Tỉnh ủy"]],
  ["Các cơ sở y tế bảo đảm đủ thuốc, vật tư.", ["lead:Các cơ sở y tế"]],
  ["Lực lượng công an các cấp tăng cường tuần tra.", ["lead:Lực lượng công an các cấp"]],
  ["Các lực lượng chức năng xử lý nghiêm vi phạm.", ["lead:Các lực lượng chức năng"]],
  ["Giao Công an tỉnh bố trí lực lượng bảo đảm an ninh.", ["lead:Công an tỉnh"]],
  ["Quỹ Đầu tư phát triển tỉnh cân đối nguồn vốn cho dự án.", ["lead:Quỹ Đầu tư phát triển tỉnh"]],
  // watching a situation is one's own work; following up others' is the monitor's
  ["Giao Ban Chỉ đạo 35 tỉnh theo dõi, nắm tình hình dư luận xã hội.", ["lead:Ban Chỉ đạo 35 tỉnh"]],
  ["Sở Nông nghiệp và Môi trường theo dõi sát diễn biến thời tiết.", ["lead:Sở Nông nghiệp và Môi trường"]],
  ["Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.", ["monitor:Văn phòng UBND tỉnh"]],
  // a document named after the body it goes to is not part of its name; a field after a hyphen is
  ["Sở Nội vụ trình cơ quan có thẩm quyền Kế hoạch tuyển dụng năm 2025.", ["lead:Sở Nội vụ", "reportTo:cơ quan có thẩm quyền"]],
  ["Sở Xây dựng trình UBND tỉnh Quyết định phê duyệt quy hoạch.", ["lead:Sở Xây dựng", "reportTo:UBND tỉnh"]],
  ["Phòng Tài chính - Kế hoạch cân đối nguồn vốn cho các công trình.", ["lead:Phòng Tài chính - Kế hoạch"]],
  ["Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện.", ["lead:Vụ Kế hoạch - Tài chính"]],
  // a collective's owner ends it: the committees listed after are another party
  ["Các cơ quan tham mưu, giúp việc của Tỉnh ủy, các huyện ủy, thị ủy xây dựng kế hoạch thực hiện.", ["lead:Các cơ quan tham mưu, giúp việc của Tỉnh ủy", "lead:các huyện ủy, thị ủy"]],
  // a position over bodies listed after a colon, the bodies' head in lower case
  ["Yêu cầu Giám đốc các sở: Tài chính, Xây dựng, Công Thương trực tiếp chỉ đạo.", ["lead:Giám đốc Sở Tài chính", "lead:Giám đốc Sở Xây dựng", "lead:Giám đốc Sở Công Thương"]],
  ["Trưởng các phòng: Tài chính - Kế hoạch, Nội vụ rà soát hồ sơ.", ["lead:Trưởng Phòng Tài chính - Kế hoạch", "lead:Trưởng Phòng Nội vụ"]],
  // which of a collective were charged with what, up to the verb
  ["Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân công phụ trách địa bàn tăng cường kiểm tra, đôn đốc.", ["monitor:Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân công phụ trách địa bàn"]],
  ["Các đơn vị được giao chủ trì xây dựng kế hoạch chi tiết.", ["lead:Các đơn vị được giao chủ trì"]],
  ["Các sở, ngành được giao nhiệm vụ tại Kế hoạch này chủ động triển khai.", ["lead:Các sở, ngành được giao nhiệm vụ tại Kế hoạch này"]],
  // which ones of a collective, up to the verb; `có` as the verb is not one
  ["UBND các xã có dự án chủ trì rà soát hồ sơ đất đai.", ["lead:UBND các xã có dự án"]],
  ["Giao UBND các xã có đường dây đi qua phối hợp bàn giao mặt bằng.", ["lead:UBND các xã có đường dây đi qua"]],
  ["Các doanh nghiệp có vốn nhà nước rà soát, báo cáo tình hình tài chính.", ["lead:Các doanh nghiệp có vốn nhà nước"]],
  ["Các địa phương có tỷ lệ giải ngân thấp khẩn trương đẩy nhanh tiến độ.", ["lead:Các địa phương có tỷ lệ giải ngân thấp"]],
  ["Sở Y tế phối hợp với các xã có dự án, báo cáo UBND tỉnh.", ["lead:Sở Y tế", "support:các xã có dự án", "reportTo:UBND tỉnh"]],
  ["UBND các xã có trách nhiệm phối hợp với Sở Xây dựng.", ["lead:UBND các xã", "support:Sở Xây dựng"]],
  ["UBND các huyện có văn bản hướng dẫn các xã.", ["lead:UBND các huyện"]],
  // the bodies of a collective named after a colon; places listed keep apart
  ["Các Bộ, cơ quan: Tài chính, Công Thương, Văn phòng Chính phủ khẩn trương xử lý kiến nghị của tỉnh.", ["lead:Bộ Tài chính", "lead:Bộ Công Thương", "lead:Văn phòng Chính phủ"]],
  // a ministry's field that is also a head (`Công an`) is the ministry's; `Công an tỉnh` keeps its own name
  ["Các Bộ, cơ quan: Công an, Tài chính, Văn phòng Chính phủ phối hợp xử lý.", ["lead:Bộ Công an", "lead:Bộ Tài chính", "lead:Văn phòng Chính phủ"]],
  ["Các Bộ, ngành: Tài chính, Công an tỉnh phối hợp xử lý.", ["lead:Bộ Tài chính", "lead:Công an tỉnh"]],
  ["Các sở, ban, ngành: Tài chính, Xây dựng, Văn phòng Ủy ban nhân dân tỉnh phối hợp thẩm định.", ["lead:Sở Tài chính", "lead:Sở Xây dựng", "lead:Văn phòng Ủy ban nhân dân tỉnh"]],
  ["Ủy ban nhân dân các tỉnh: Lâm Đồng, Đắk Lắk, Gia Lai chủ động phương án ứng phó.", ["lead:Ủy ban nhân dân tỉnh Lâm Đồng", "lead:Ủy ban nhân dân tỉnh Đắk Lắk", "lead:Ủy ban nhân dân tỉnh Gia Lai"]],
  // following up is the monitor's role, however the body is assigned
  ["Giao Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Kết luận.", ["monitor:Ủy ban Kiểm tra Tỉnh ủy"]],
  ["Giao Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện Kết luận.", ["monitor:Ủy ban Kiểm tra Tỉnh ủy"]],
  ["Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện Kết luận.", ["monitor:Ủy ban Kiểm tra Tỉnh ủy"]],
  ["Sở Nội vụ kiểm tra việc thực hiện của các địa phương.", ["monitor:Sở Nội vụ"]],
  ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện chính sách an sinh xã hội.", ["lead:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]],
  // an assent under a topic is no task, even when the topic is a proposal (`Về đề nghị ...:`)
  ["Về đề nghị điều chỉnh quy hoạch khu dân cư: Thống nhất chủ trương.", "none"],
  ["Về kiến nghị nâng cấp tuyến đường: Sở Xây dựng kiểm tra hiện trạng.", ["lead:Sở Xây dựng"]],
  // an activity and `là` what it is judges; a verb that takes `X là Y` directs
  ["Phát triển điện gió ngoài khơi là chủ trương lớn của Đảng.", "none"],
  ["Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt.", "none"],
  ["Xác định chuyển đổi số là nhiệm vụ trọng tâm của năm.", []],
];

describe(`${ROWS.length} role sentences`, () => {
  it("has at least 100 rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(100);
  });
  it.each(ROWS)("%s", (sentence, expected) => {
    const tasks = roles(`1. ${sentence}`);
    if (expected === "none") expect(tasks).toEqual([]);
    else expect(tasks[0]).toEqual([...expected].sort());
  });
});

describe("inheritance", () => {
  it("gives a heading's assignees to the items below that name no lead, marked inherited", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n2. Sở Tài chính:\na) Rà soát các khoản chi.\nb) Sở Xây dựng kiểm tra công trình.", { referenceDate: "2025-03-10" });
    expect(n.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.party.name}:${a.inherited}`))).toEqual([["lead:Sở Tài chính:true"], ["lead:Sở Xây dựng:false"]]);
  });
  it("passes the subject of a pure lead-in to its points, which are the tasks", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n5. Để nâng cao hiệu quả, các sở, ngành, địa phương triển khai thực hiện những nội dung sau:\na) Rà soát hồ sơ.\nb) Báo cáo kết quả.", { referenceDate: "2025-03-10" });
    expect(n.tasks.map((t) => [t.text, t.assignments.map((a) => `${a.role}:${a.party.name}:${a.inherited}`)])).toEqual([
      ["Rà soát hồ sơ.", ["lead:các sở, ngành, địa phương:true"]],
      ["Báo cáo kết quả.", ["lead:các sở, ngành, địa phương:true"]],
    ]);
  });
  it("gives oversee and lead from a two-level heading", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:\na) Ban hành kế hoạch.", { referenceDate: "2025-03-10" });
    expect(n.tasks[0]?.assignments.map((a) => `${a.role}:${a.party.name}`).sort()).toEqual(["lead:Ủy ban nhân dân tỉnh", "oversee:Ban cán sự đảng Ủy ban nhân dân tỉnh"]);
  });
  it("gives the addressees of a letter to tasks that name nobody", () => {
    const n = parseNotice("Số: 5/STC-NS\nSơn Nam, ngày 5 tháng 3 năm 2025\nKính gửi:\n- Ủy ban nhân dân các huyện;\n- Các sở, ban, ngành.\nSở Tài chính đề nghị thực hiện các nội dung sau:\n1. Rà soát dự toán.", { referenceDate: "2025-03-10" });
    expect(n.tasks[0]?.assignments.map((a) => a.party.name)).toEqual(["Ủy ban nhân dân các huyện", "Các sở, ban, ngành"]);
  });
});

describe("canonical parties in a parse", () => {
  it("merges aliases a user gives", () => {
    const n = parseNotice("1. Giao Sở KH&CN rà soát.\n2. Giao Sở Khoa học và Công nghệ báo cáo.", { lexicon: { aliases: { "Sở KH&CN": "Sở Khoa học và Công nghệ" } } });
    const keys = n.tasks.map((t) => t.assignments[0]?.party.canonical);
    expect(keys[0]).toBe(keys[1]);
  });
});

describe("deliverables", () => {
  const rows: Array<[string, { kind: string; text: string; to: string | null } | null]> = [
    ["Sở Y tế hoàn thiện dự thảo Đề án phát triển y tế cơ sở, trình Ủy ban nhân dân tỉnh trước ngày 30/6.", { kind: "dự thảo đề án", text: "dự thảo Đề án phát triển y tế cơ sở", to: "Ủy ban nhân dân tỉnh" }],
    ["Bộ Tư pháp chủ trì xây dựng dự thảo Nghị định quy định chi tiết Luật Đất đai, trình Chính phủ.", { kind: "dự thảo nghị định", text: "dự thảo Nghị định quy định chi tiết Luật Đất đai", to: "Chính phủ" }],
    ["Sở Tài chính xây dựng Kế hoạch triển khai trong tháng 5.", { kind: "kế hoạch", text: "Kế hoạch triển khai", to: null }],
    ["Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", { kind: "báo cáo", text: "báo cáo", to: "Ủy ban nhân dân tỉnh" }],
    ["Giao Sở Tư pháp soạn thảo Tờ trình của Ủy ban nhân dân tỉnh, gửi Hội đồng nhân dân tỉnh.", { kind: "tờ trình", text: "Tờ trình của Ủy ban nhân dân tỉnh", to: "Hội đồng nhân dân tỉnh" }],
    ["Sở Xây dựng kiểm tra chất lượng công trình.", null],
  ];
  it.each(rows)("%s", (sentence, expected) => {
    const d = parseNotice(`1. ${sentence}`, { referenceDate: "2025-03-10" }).tasks[0]?.deliverable;
    expect(d ? { kind: d.kind, text: d.text, to: d.to } : null).toEqual(expected);
  });
});

describe("references", () => {
  it("are linked to the task that cites them", () => {
    const n = parseNotice("THÔNG BÁO\nKết luận như sau:\n1. Sở Tư pháp triển khai Nghị quyết số 26-NQ/TU ngày 10/7/2023 của Tỉnh ủy.\n2. Sở Y tế rà soát.", { referenceDate: "2025-03-10" });
    expect(n.references.map((r) => [r.docType, r.symbol, r.date, r.taskId])).toEqual([["Nghị quyết", "26-NQ/TU", "2023-07-10", "task_1"]]);
  });
});

describe("points under a heading", () => {
  const notice = parseNotice(`THÔNG BÁO
Kết luận như sau:
3. Trách nhiệm của các cơ quan
a) Sở Tài chính
- Đánh giá nhu cầu vốn của dự án;
- Tình hình giải ngân vốn đầu tư công của các chủ đầu tư.
b) Sở Xây dựng
- Thẩm định thiết kế cơ sở của dự án.
4. Cơ quan đăng ký đầu tư
a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền:
b) Chủ động phối hợp với các cơ quan liên quan để giải quyết trong thời hạn quy định.`);
  const rows = notice.tasks.map((t) => [t.text.split(" ").slice(0, 3).join(" "), t.assignments.filter((a) => a.role === "lead").map((a) => a.party.name)]);

  it("are duties of the party the heading names, noun phrases included", () => {
    expect(rows.slice(0, 3)).toEqual([
      ["Đánh giá nhu", ["Sở Tài chính"]],
      ["Tình hình giải", ["Sở Tài chính"]],
      ["Thẩm định thiết", ["Sở Xây dựng"]],
    ]);
  });

  it("a point that ends in a colon with nothing below it is a task of its own", () => {
    expect(rows.slice(3)).toEqual([
      ["Hướng dẫn và", ["Cơ quan đăng ký đầu tư"]],
      ["Chủ động phối", ["Cơ quan đăng ký đầu tư"]],
    ]);
  });
});

describe("a basis written first", () => {
  it("leads into the directive of its subject", () => {
    expect(roles("Thực hiện Kết luận số 12-KL/TU của Tỉnh ủy, các sở, ngành khẩn trương rà soát các dự án chậm tiến độ.")).toEqual([["lead:các sở, ngành"]]);
  });
  it("followed by what was done is no task", () => {
    expect(roles("Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh, các sở, ngành đã tập trung triển khai các nhiệm vụ được giao.")).toEqual([]);
  });
});

describe("task tables", () => {
  // columns as offices write them; one row per task, cells read by their column
  const tables: Array<[string, string]> = [
    ["Markdown", `II. NHIỆM VỤ THỜI GIAN TỚI
| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
| --- | --- | --- | --- | --- |
| 1 | Hoàn thành bàn giao mặt bằng đoạn Km5 - Km12 | UBND huyện Hải Bình | Sở Nông nghiệp và Môi trường | Trước ngày 30/11/2025 |
| 2 | Thẩm định điều chỉnh thiết kế nút giao, báo cáo Ủy ban nhân dân tỉnh | Sở Xây dựng | | Tháng 11/2025 |
| 3 | Bố trí bổ sung vốn cho dự án | Sở Tài chính | Sở Xây dựng, Sở Kế hoạch | Năm 2026 |
III. TỔ CHỨC THỰC HIỆN`],
    ["tabs", `II. NHIỆM VỤ THỜI GIAN TỚI
STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành
1\tHoàn thành bàn giao mặt bằng đoạn Km5 - Km12\tUBND huyện Hải Bình\tSở Nông nghiệp và Môi trường\tTrước ngày 30/11/2025
2\tThẩm định điều chỉnh thiết kế nút giao, báo cáo Ủy ban nhân dân tỉnh\tSở Xây dựng\t\tTháng 11/2025
3\tBố trí bổ sung vốn cho dự án\tSở Tài chính\tSở Xây dựng, Sở Kế hoạch\tNăm 2026
III. TỔ CHỨC THỰC HIỆN`],
    // a converted PDF: each cell on its own lines between lone pipes, two pipes between rows,
    // nothing between two pipes for an empty cell
    ["cells between pipes", `II. NHIỆM VỤ THỜI GIAN TỚI
|
**STT**
|
**Nội dung công việc**
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
**Thời gian hoàn
thành**
|
|
1
|
Hoàn thành bàn giao mặt bằng đoạn Km5 - Km12
|
UBND huyện Hải Bình
|
Sở Nông nghiệp và Môi trường
|
Trước ngày 30/11/2025
|
|
2
|
Thẩm định điều chỉnh thiết kế nút giao, báo cáo Ủy
ban nhân dân tỉnh
|
Sở Xây dựng
|
|
Tháng 11/2025
|
|
3
|
Bố trí bổ sung vốn cho dự án
|
Sở Tài chính
|
Sở Xây dựng, Sở Kế hoạch
|
Năm 2026
|

III. TỔ CHỨC THỰC HIỆN`],
  ];
  it.each(tables)("%s: each row is a task with its lead, support and deadline", (_name, body) => {
    const notice = parseNotice(`THÔNG BÁO\nKết luận như sau:\n${body}`, { referenceDate: "2025-10-20" });
    const rows = notice.tasks.map((t) => [t.text, t.assignments.map((a) => `${a.role}:${a.party.name}`).sort(), t.deadline?.start ?? null, t.deadline?.end ?? null]);
    expect(rows).toEqual([
      ["Hoàn thành bàn giao mặt bằng đoạn Km5 - Km12", ["lead:UBND huyện Hải Bình", "support:Sở Nông nghiệp và Môi trường"], null, "2025-11-30"],
      ["Thẩm định điều chỉnh thiết kế nút giao, báo cáo Ủy ban nhân dân tỉnh", ["lead:Sở Xây dựng", "reportTo:Ủy ban nhân dân tỉnh"], "2025-11-01", "2025-11-30"],
      ["Bố trí bổ sung vốn cho dự án", ["lead:Sở Tài chính", "support:Sở Kế hoạch", "support:Sở Xây dựng"], "2026-01-01", "2026-12-31"],
    ]);
    // the spans slice to the cells
    for (const t of notice.tasks) for (const a of t.assignments) if (a.span) expect(normalizeText(body).slice(a.span.start, a.span.end)).toBe(a.party.name);
  });
});

function normalizeText(body: string): string {
  return normalize(`THÔNG BÁO\nKết luận như sau:\n${body}`).text;
}

describe("inline points after a party and a colon", () => {
  const notice = parseNotice(`THÔNG BÁO
Kết luận như sau:
1. Sở Khoa học và Công nghệ: (1) hoàn thành nâng cấp hệ thống một cửa điện tử trước ngày 25/12/2025; (2) tổ chức tập huấn kỹ năng số cho cán bộ cấp xã trong tháng 01/2026. Đồng thời, giao Trung tâm Phục vụ hành chính công tỉnh phối hợp rà soát quy trình nội bộ.
2. Công an tỉnh chủ trì, phối hợp với các sở, ngành làm sạch dữ liệu dân cư.`, { referenceDate: "2025-12-02" });
  it("are tasks of that party, each with its deadline; the sentence after the list is read on its own", () => {
    expect(notice.tasks.map((t) => [t.text.split(" ").slice(0, 2).join(" "), t.assignments.map((a) => `${a.role}:${a.party.name}`), t.deadline?.end ?? null])).toEqual([
      ["hoàn thành", ["lead:Sở Khoa học và Công nghệ"], "2025-12-25"],
      ["tổ chức", ["lead:Sở Khoa học và Công nghệ"], "2026-01-31"],
      ["Đồng thời,", ["lead:Trung tâm Phục vụ hành chính công tỉnh"], null],
      ["Công an", ["lead:Công an tỉnh", "support:các sở, ngành"], null],
    ]);
  });
});
