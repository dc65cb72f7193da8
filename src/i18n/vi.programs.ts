/** Vietnamese (draft, "quý vị" register) words for the center's programs (./program-words.ts). */
import type { ProgramWords } from './program-words';

export const viPrograms = {
  heading: 'Các chương trình tại {center} có thể phù hợp',
  intro: {
    you: 'Giờ giấc và địa điểm có thể thay đổi. Hãy gọi để xác nhận và để bắt đầu.',
    they: 'Giờ giấc và địa điểm có thể thay đổi. Hãy gọi để xác nhận và để bắt đầu.',
    staff: 'Giờ giấc và địa điểm có thể thay đổi: hãy xác nhận trước khi đặt lịch.',
  },
  freeVerification: {
    you: '{center} kiểm tra bảo hiểm của quý vị miễn phí trước khi bắt đầu điều trị.',
    they: '{center} kiểm tra bảo hiểm của người thân quý vị miễn phí trước khi bắt đầu điều trị.',
    staff: '{center} kiểm tra bảo hiểm của người này miễn phí trước khi bắt đầu điều trị.',
  },
  alternativeHeading: 'Các chương trình {level} tại {center}',
  when: 'Khi nào',
  where: 'Ở đâu',
  whyItFits: 'Vì sao có thể phù hợp',
  insurance: 'Bảo hiểm',
  timesOfDay: { morning: 'Buổi sáng', afternoon: 'Buổi chiều', evening: 'Buổi tối' },
  spans: { daytime: 'Ban ngày', afternoonEvening: 'Chiều và tối', allDay: 'Cả ngày' },
  days: { mon: 'T2', tue: 'T3', wed: 'T4', thu: 'T5', fri: 'T6', sat: 'T7', sun: 'CN' },
  dayRange: '{from}–{to}',
  session: '{start} đến {end}',
  sessionWithDays: '{days}, {start} đến {end}',
  residential: 'Cả ngày lẫn đêm, luôn có nhân viên',
  byVideo: 'Qua video, tại nhà',
  placeOrVideo: '{place}, hoặc qua video',
  fit: {
    schedule: {
      you: 'Các buổi vào {time}, thời gian quý vị nói là phù hợp nhất',
      they: 'Các buổi vào {time}, thời gian quý vị nói là phù hợp nhất với người thân của quý vị',
      staff: 'Các buổi vào {time}, thời gian người này nói là phù hợp nhất',
    },
    scheduleTimes: { morning: 'buổi sáng', afternoon: 'buổi chiều', evening: 'buổi tối' },
    video: {
      you: 'Quý vị có thể tham gia qua video, nên không cần người đưa đón',
      they: 'Người thân của quý vị có thể tham gia qua video, nên không cần người đưa đón',
      staff: 'Người này có thể tham gia qua video, nên không cần người đưa đón',
    },
    insurance: {
      commercial: {
        you: 'Nhận bảo hiểm tư nhân: hãy gọi để xác nhận chương trình bảo hiểm của quý vị',
        they: 'Nhận bảo hiểm tư nhân: hãy gọi để xác nhận chương trình bảo hiểm của người thân quý vị',
        staff: 'Nhận bảo hiểm tư nhân: hãy xác nhận chương trình bảo hiểm của người này',
      },
      medicaid: {
        you: 'Nhận {program}: hãy gọi để xác nhận chương trình bảo hiểm của quý vị',
        they: 'Nhận {program}: hãy gọi để xác nhận chương trình bảo hiểm của người thân quý vị',
        staff: 'Nhận {program}: hãy xác nhận chương trình bảo hiểm của người này',
      },
      medicare: {
        you: 'Nhận Medicare: hãy gọi để xác nhận chương trình bảo hiểm của quý vị',
        they: 'Nhận Medicare: hãy gọi để xác nhận chương trình bảo hiểm của người thân quý vị',
        staff: 'Nhận Medicare: hãy xác nhận chương trình bảo hiểm của người này',
      },
      none: {
        you: 'Quý vị có thể tự trả tiền: hãy gọi để hỏi chi phí',
        they: 'Có thể tự trả tiền: hãy gọi để hỏi chi phí',
        staff: 'Nhận tự trả tiền: hãy cùng người này xem lại chi phí',
      },
    },
    language: { en: 'Các buổi bằng tiếng Anh', es: 'Các buổi bằng tiếng Tây Ban Nha' },
  },
  takes: {
    you: 'Nhận {list}. Hãy gọi để xác nhận chương trình bảo hiểm của quý vị.',
    they: 'Nhận {list}. Hãy gọi để xác nhận chương trình bảo hiểm của người thân quý vị.',
    staff: 'Nhận {list}. Hãy xác nhận chương trình bảo hiểm của người này.',
  },
  paidBy: {
    commercial: 'bảo hiểm tư nhân',
    medicaid: '{program}',
    medicare: 'Medicare',
    none: 'tự trả tiền',
  },
  askInsurance: {
    you: 'Hãy gọi để hỏi chương trình nhận những loại bảo hiểm nào.',
    they: 'Hãy gọi để hỏi chương trình nhận những loại bảo hiểm nào.',
    staff: 'Hãy kiểm tra chương trình nhận những loại bảo hiểm nào.',
  },
  sessionsIn: 'Các buổi bằng {languages}',
  languageNames: { en: 'tiếng Anh', es: 'tiếng Tây Ban Nha' },
  and: '{a} và {b}',
  referral: {
    heading: 'Nơi tìm loại chăm sóc này',
    noneAtLevel: 'Danh sách của {center} không có chương trình {level}.',
    noneForAge: 'Danh sách của {center} không có chương trình {level} cho nhóm tuổi này.',
    callAnyway: {
      you: 'Dù vậy, hãy cứ gọi {center}: họ có thể giúp quý vị tìm một chương trình.',
      they: 'Dù vậy, hãy cứ gọi {center}: họ có thể giúp quý vị tìm một chương trình cho người thân của quý vị.',
      staff:
        'Hãy giúp người này tìm một chương trình: giới thiệu đường dây trợ giúp bên dưới và FindTreatment.gov.',
    },
    // SAMHSA National Helpline: English and Spanish only. Do not add Vietnamese.
    helpline: {
      you: 'Đường dây Trợ giúp Quốc gia SAMHSA (SAMHSA National Helpline) miễn phí và bảo mật. Đường dây mở 24 giờ mỗi ngày, 7 ngày mỗi tuần, bằng tiếng Anh và tiếng Tây Ban Nha, và có thể giúp quý vị tìm nơi chăm sóc gần quý vị.',
      they: 'Đường dây Trợ giúp Quốc gia SAMHSA (SAMHSA National Helpline) miễn phí và bảo mật. Đường dây mở 24 giờ mỗi ngày, 7 ngày mỗi tuần, bằng tiếng Anh và tiếng Tây Ban Nha, và có thể giúp quý vị tìm nơi chăm sóc gần người thân của quý vị.',
      staff:
        'Đường dây Trợ giúp Quốc gia SAMHSA (SAMHSA National Helpline) miễn phí và bảo mật. Đường dây mở 24 giờ mỗi ngày, 7 ngày mỗi tuần, bằng tiếng Anh và tiếng Tây Ban Nha, và có thể giúp người này tìm nơi chăm sóc gần nơi họ sống.',
    },
    callHelpline: 'Gọi đường dây trợ giúp:',
    search: {
      you: 'Quý vị cũng có thể tìm nơi điều trị gần quý vị tại',
      they: 'Quý vị cũng có thể tìm nơi điều trị gần người thân của quý vị tại',
      staff: 'Người này cũng có thể tìm nơi điều trị gần nơi họ sống tại',
    },
    infoHeading: 'Nơi tìm hiểu thêm',
    infoCall: {
      you: 'Hãy gọi {center} nếu có bất kỳ câu hỏi nào: họ có thể cho quý vị biết có gì gần quý vị.',
      they: 'Hãy gọi {center} nếu có bất kỳ câu hỏi nào: họ có thể cho quý vị biết có gì gần người thân của quý vị.',
      staff:
        'Hãy đề nghị trả lời các câu hỏi của người này, và giới thiệu đường dây trợ giúp bên dưới.',
    },
    infoHelpline:
      'Đường dây Trợ giúp Quốc gia SAMHSA cũng trả lời câu hỏi. Đường dây miễn phí và bảo mật, mở 24 giờ mỗi ngày, 7 ngày mỗi tuần, bằng tiếng Anh và tiếng Tây Ban Nha.',
  },
  questions: {
    heading: 'Những câu nên hỏi bất kỳ chương trình nào',
    intro: {
      you: 'Hãy hỏi những câu này với bất kỳ chương trình nào quý vị đang cân nhắc, kể cả {center}.',
      they: 'Hãy hỏi những câu này với bất kỳ chương trình nào quý vị đang cân nhắc cho người thân của quý vị, kể cả {center}.',
      staff:
        'Những câu người này có thể hỏi bất kỳ chương trình nào, kể cả chương trình này. Hãy trả lời rõ ràng.',
    },
    licensedBy: 'Chương trình có được tiểu bang cấp phép ({licensingBody}) không?',
    licensedByState: 'Chương trình có được tiểu bang cấp phép không?',
    items: [
      'Các cố vấn và nhà trị liệu có giấy phép hành nghề không?',
      'Chương trình dùng những phương pháp điều trị nào, và có nghiên cứu cho thấy chúng hiệu quả không?',
      'Một buổi sinh hoạt nhóm có bao nhiêu người?',
      'Điều gì xảy ra nếu ai đó sử dụng trong thời gian điều trị?',
      'Bao nhiêu người hoàn tất chương trình, và có hỗ trợ gì sau khi kết thúc?',
      'Chương trình có cung cấp thuốc điều trị cho việc sử dụng rượu hoặc opioid, hoặc giúp người bệnh có được thuốc không?',
      'Sau khi bảo hiểm chi trả, chi phí còn lại là bao nhiêu?',
    ],
  },
  staff: {
    firstProgram: 'Chương trình đầu tiên',
    noProgram: 'Không có chương trình trong danh sách ở mức này',
    noteHeading: 'Các chương trình có thể phù hợp',
    noteAlternative: 'Lựa chọn nên hỏi thêm',
    noteReferral:
      'Không có chương trình trong danh sách ở mức này (hoặc cho độ tuổi này). Giới thiệu: Đường dây Trợ giúp Quốc gia SAMHSA 1-800-662-4357 (miễn phí, 24/7, tiếng Anh và tiếng Tây Ban Nha); FindTreatment.gov.',
    noteQuestions:
      'Bước tiếp theo: đưa ra những câu nên hỏi bất kỳ chương trình nào (giấy phép tiểu bang, chuyên viên có giấy phép, phương pháp, số người mỗi nhóm, sử dụng trong khi điều trị, bao nhiêu người hoàn tất và chăm sóc sau đó, thuốc, chi phí sau bảo hiểm).',
  },
} as const satisfies ProgramWords;
