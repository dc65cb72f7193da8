/** 繁體中文：通話卡上的服務時間、簡訊連結和提醒（./call-words.ts）。草稿，尚未經專業審閱。 */
import type { CallWords } from './call-words';

export const zhHantCall = {
  always: {
    you: '一週 7 天、一天 24 小時都有人接聽。',
    they: '一週 7 天、一天 24 小時都有人接聽。',
    staff: '收案處一週 7 天、一天 24 小時開放。',
  },
  openNow: {
    you: '收案處現在開放，會有人接聽。',
    they: '收案處現在開放，會有人接聽。',
    staff: '收案處現在開放。',
  },
  closedNow: {
    you: '收案處現在已關閉，將於{day} {time}（{zone}）開放。',
    they: '收案處現在已關閉，將於{day} {time}（{zone}）開放。',
    staff: '收案處現在已關閉，將於{day} {time}（{zone}）開放。',
  },
  closedNoOpening: {
    you: '收案處現在已關閉。',
    they: '收案處現在已關閉。',
    staff: '收案處現在已關閉。',
  },
  meanwhile: {
    you: '現在想找人談談嗎？988 和 SAMHSA 全國求助熱線都是免費的，全天候 24/7 接聽。',
    they: '現在想找人談談嗎？988 和 SAMHSA 全國求助熱線都是免費的，全天候 24/7 接聽，您或您的親人都可以打。',
    staff:
      '在那之前，對方可以打電話或傳簡訊到 988，或撥打 SAMHSA 全國求助熱線 {phone}。兩者都免費，全天候 24/7 接聽。',
  },
  callHelpline: '撥打求助熱線：{phone}',
  text: {
    prompt: '想用簡訊嗎？',
    link: '傳簡訊給 {center}：{phone}',
    hint: {
      you: '簡訊裡只有您的答案代碼。',
      they: '簡訊裡只有您的答案代碼。',
    },
    body: '我的代碼：{code}',
  },
  reminder: {
    open: '提醒我打電話',
    intro: '這會在這部裝置上儲存一個行事曆檔案，裡面只有 {center} 的名稱和電話號碼。',
    date: '日期',
    time: '時間',
    timeHint: '日期和時間以您所在的時區為準。',
    save: '儲存提醒',
    saved: '提醒已儲存。打開檔案，就能把它加入您的行事曆。',
    missing: '請輸入日期和時間。',
    past: '請選擇一個還沒過去的時間。',
    title: '打電話給 {center}',
    description: '撥打 {phone} 給 {center}。',
    fileName: '致電提醒',
  },
} satisfies CallWords;
