/** Vietnamese (draft, "quý vị" register) words for the call card's hours, text link and reminder. */
import type { CallWords } from './call-words';

export const viCall = {
  always: {
    you: 'Luôn có người trả lời, 24 giờ mỗi ngày, 7 ngày mỗi tuần.',
    they: 'Luôn có người trả lời, 24 giờ mỗi ngày, 7 ngày mỗi tuần.',
    staff: 'Bộ phận tiếp nhận làm việc 24 giờ mỗi ngày, 7 ngày mỗi tuần.',
  },
  openNow: {
    you: 'Bộ phận tiếp nhận đang mở cửa. Sẽ có người trả lời quý vị.',
    they: 'Bộ phận tiếp nhận đang mở cửa. Sẽ có người trả lời quý vị.',
    staff: 'Bộ phận tiếp nhận đang mở cửa.',
  },
  closedNow: {
    you: 'Bộ phận tiếp nhận hiện đã đóng cửa. Sẽ mở lại vào {day} lúc {time} ({zone}).',
    they: 'Bộ phận tiếp nhận hiện đã đóng cửa. Sẽ mở lại vào {day} lúc {time} ({zone}).',
    staff: 'Bộ phận tiếp nhận hiện đã đóng cửa. Sẽ mở lại vào {day} lúc {time} ({zone}).',
  },
  closedNoOpening: {
    you: 'Bộ phận tiếp nhận hiện đã đóng cửa.',
    they: 'Bộ phận tiếp nhận hiện đã đóng cửa.',
    staff: 'Bộ phận tiếp nhận hiện đã đóng cửa.',
  },
  meanwhile: {
    you: 'Quý vị cần nói chuyện với ai đó ngay? 988 và Đường dây Trợ giúp Quốc gia SAMHSA đều miễn phí và trả lời 24/7.',
    they: 'Quý vị cần nói chuyện với ai đó ngay? 988 và Đường dây Trợ giúp Quốc gia SAMHSA đều miễn phí và trả lời 24/7, cho quý vị hoặc người thân của quý vị.',
    staff:
      'Trong lúc chờ, người này có thể gọi hoặc nhắn tin đến 988, hoặc gọi Đường dây Trợ giúp Quốc gia SAMHSA số {phone}. Cả hai đều miễn phí và trả lời 24/7.',
  },
  callHelpline: 'Gọi Đường dây Trợ giúp: {phone}',
  text: {
    prompt: 'Quý vị muốn nhắn tin?',
    link: 'Nhắn tin cho {center} số {phone}',
    hint: {
      you: 'Tin nhắn chỉ chứa mã câu trả lời của quý vị.',
      they: 'Tin nhắn chỉ chứa mã câu trả lời của quý vị.',
    },
    body: 'Mã của tôi: {code}',
  },
  reminder: {
    open: 'Nhắc tôi gọi điện',
    intro:
      'Thao tác này lưu một tập tin lịch trên thiết bị này. Tập tin chỉ chứa tên và số điện thoại của {center}.',
    date: 'Ngày',
    time: 'Giờ',
    timeHint: 'Ngày và giờ theo múi giờ của quý vị.',
    save: 'Lưu lời nhắc',
    saved: 'Đã lưu lời nhắc. Mở tập tin để thêm vào lịch của quý vị.',
    missing: 'Hãy nhập ngày và giờ.',
    past: 'Hãy chọn một thời điểm chưa qua.',
    title: 'Gọi {center}',
    description: 'Gọi {center} số {phone}.',
    fileName: 'nhac-goi-dien',
  },
} satisfies CallWords;
