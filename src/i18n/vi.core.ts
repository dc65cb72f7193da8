/**
 * Tiếng Việt (Vietnamese). DRAFT: machine-assisted, not yet reviewed by a qualified human
 * translator (ACA Section 1557, 45 CFR 92.201). Plain language (grades 6–8), warm, never judging.
 * Register: the respectful "quý vị" throughout for the reader (never "bạn"), as in U.S. and
 * Orange County health notices. `they` forms speak to someone answering for a loved one and say
 * who ("người thân của quý vị"); `staff` forms say "người này" (the person) in neutral third person.
 * The state program's name (Medicaid) is filled in by the UI in `{program}`.
 */
import type { CoreWords } from './types';

export const viCore = {
  lang: 'vi',
  languageName: 'Tiếng Việt',

  app: {
    title: 'Tìm mức độ chăm sóc phù hợp',
    callCenter: '{center}: gọi {phone}',
  },

  common: {
    continue: 'Tiếp tục',
    back: 'Quay lại',
    change: 'Thay đổi',
    startOver: 'Làm lại từ đầu',
    print: 'In',
    questionOfAbout: 'Câu hỏi {n} trong khoảng {total}',
    questionOfTotal: 'Câu hỏi {n} trong {total}',
    errorTitlePrefix: 'Lỗi: ',
    errorSummaryTitle: 'Có một vấn đề',
    leaveSite: 'Rời trang này',
    leaveSiteHint: 'Rời đi ngay và xóa các câu trả lời của quý vị.',
    languageMenu: 'Ngôn ngữ',
    loading: 'Đang tải…',
    loadFailed: 'Chúng tôi không tải được phần tiếp theo',
    loadFailedBody:
      'Các câu trả lời của quý vị vẫn an toàn. Hãy kiểm tra kết nối mạng và thử lại, hoặc gọi cho chúng tôi.',
    retry: 'Thử lại',
  },

  help: {
    label: 'Cần giúp đỡ ngay?',
    call911: 'Gọi 911',
    call988: 'Gọi 988',
    text988: 'Nhắn tin đến 988',
    callCenter: 'Gọi {center}',
  },

  start: {
    heading: 'Loại chăm sóc nào có thể giúp ích?',
    intro: [
      'Hãy trả lời một số câu hỏi về việc sử dụng chất gây nghiện, sức khỏe và cuộc sống hằng ngày.',
      'Quý vị có thể trả lời cho chính mình hoặc cho một người thân.',
      'Cuối cùng, quý vị sẽ thấy loại chăm sóc nào có thể phù hợp, và lý do.',
    ],
    privacy:
      'Các câu trả lời của quý vị chỉ ở trong trang này, trên thiết bị này. Không có gì được gửi cho ai. Đóng hoặc tải lại trang sẽ xóa chúng.',
    privacyShared:
      'Các câu trả lời của quý vị chỉ ở trong trang này, trên thiết bị này. Cuối cùng, {partner} sẽ được cho biết loại chăm sóc nào được gợi ý, không bao giờ là các câu trả lời của quý vị.',
    notDiagnosis:
      'Đây không phải là chẩn đoán. Một buổi đánh giá miễn phí với chuyên viên lâm sàng sẽ quyết định sự chăm sóc nào là phù hợp.',
    begin: 'Bắt đầu',
    time: 'Khoảng 5–10 phút',
    haveCode: 'Quý vị có mã từ lần trước?',
  },

  errors: {
    requiredSingle: 'Hãy chọn một câu trả lời',
    requiredMulti: "Hãy chọn tất cả những câu đúng, hoặc chọn 'Không có điều nào ở trên'",
    exclusive: "Không thể chọn 'Không có điều nào ở trên' cùng với các câu trả lời khác",
  },

  questions: {
    respondent: {
      label: { you: 'Quý vị đang trả lời cho ai?', they: 'Quý vị đang trả lời cho ai?' },
      short: 'Trả lời cho',
      options: {
        self: { label: 'Cho chính tôi' },
        other: { label: 'Cho một người thân', hint: 'Một người trong gia đình hoặc một người bạn' },
      },
    },
  },

  crisis: {
    heading: 'Hãy tìm giúp đỡ ngay',
    intro: {
      you: 'Các câu trả lời cho thấy quý vị có thể cần giúp đỡ ngay lập tức. Xin đừng chờ đợi. Quý vị không đơn độc.',
      they: 'Các câu trả lời cho thấy người thân của quý vị có thể cần giúp đỡ ngay lập tức. Xin đừng chờ đợi. Quý vị không đơn độc.',
    },
    // 911 dispatch centers connect an interpreter for callers in other languages.
    call911Heading:
      'Gọi 911 khi có bất kỳ điều nào sau đây (nói “Vietnamese” để có thông dịch viên)',
    call911Signs: [
      'Dấu hiệu quá liều: không thể đánh thức, thở chậm hoặc không thở, môi hoặc đầu ngón tay tím tái hay xám, có tiếng nghẹt thở hoặc khò khè',
      'Co giật',
      'Đau ngực hoặc khó thở',
      'Cai nặng: thấy hoặc nghe những thứ không có thật, rất lú lẫn, hoặc không giữ được nước uống (nôn ra)',
    ],
    call988Heading: 'Gọi hoặc nhắn tin đến 988 khi có ý nghĩ tự tử',
    // 988 languages (sources, third-party copies of the Lifeline's FAQ; the reviewer should confirm
    // them on 988lifeline.org): "The Lifeline provides live crisis center phone services in English
    // and Spanish and uses Language Line Solutions to provide translation services in over 250
    // additional languages for people who call 988" (mcphs.edu/student-life/counseling-services/
    // emergency-services/988-suicide-and-crisis-lifeline); texts and chats were English-only until
    // Spanish was added in July 2023 (spectrumnews1.com, 2023-07-13, "988 mental health lifeline
    // expands with chats and texts in Spanish"). So: an interpreter on a call, never Vietnamese texting.
    call988Body:
      '988 là Đường dây Phòng chống Tự tử và Khủng hoảng (988 Suicide & Crisis Lifeline). Miễn phí, bảo mật và mở cửa 24 giờ mỗi ngày. Quý vị có thể gọi hoặc nhắn tin cho chính mình hoặc cho một người thân. Khi gọi, hãy nói “Vietnamese” để có thông dịch viên. Tin nhắn được trả lời bằng tiếng Anh hoặc tiếng Tây Ban Nha.',
    centerHeading: 'Hãy gọi cho trung tâm khi quý vị có thể',
    naloxoneHeading: 'Nếu quý vị nghĩ đó là quá liều opioid',
    naloxone: [
      'Cho dùng naloxone (Narcan) nếu quý vị có. Xịt vào một bên lỗ mũi.',
      'Gọi 911, ngay cả khi người đó bắt đầu tỉnh lại.',
      'Ở lại với người đó. Nếu sau 2 đến 3 phút người đó vẫn chưa tỉnh, hãy cho thêm một liều nếu quý vị có.',
      'Đặt người đó nằm nghiêng để họ không bị nghẹt thở.',
    ],
    changeAnswer: 'Thay đổi câu trả lời của tôi',
  },
} satisfies CoreWords;
