/**
 * 繁體中文（草稿，尚未經專業翻譯人員審閱）。淺白用語（約六到八年級程度），用「您」稱呼，
 * 溫和、不帶評判（說「使用」，不說「濫用」）。用詞以在美國、來自台灣或香港的讀者為準。
 * `you` 的句子對本人說；`they` 的句子對替親人作答的人說，並說明講的是「您的親人」。
 * 佔位符（如 `{center}`、`{phone}`）必須原樣保留。電話號碼、911、988 和代碼保持原樣。
 */
import type { CoreWords } from './types';

export const zhHantCore = {
  lang: 'zh-Hant',
  languageName: '繁體中文',

  app: {
    title: '找到適合的照護程度',
    callCenter: '{center}：請撥 {phone}',
  },

  common: {
    continue: '繼續',
    back: '返回',
    change: '修改',
    startOver: '重新開始',
    print: '列印',
    questionOfAbout: '第 {n} 題，共約 {total} 題',
    questionOfTotal: '第 {n} 題，共 {total} 題',
    errorTitlePrefix: '錯誤：',
    errorSummaryTitle: '有一個問題',
    leaveSite: '離開本網站',
    leaveSiteHint: '立即離開，並清除您的答案。',
    languageMenu: '語言',
    loading: '載入中…',
    loadFailed: '無法載入下一部分',
    loadFailedBody: '您的答案很安全。請檢查網路連線後再試一次，或打電話給我們。',
    retry: '再試一次',
  },

  help: {
    label: '現在需要幫助嗎？',
    call911: '撥打 911',
    call988: '撥打 988',
    text988: '傳簡訊到 988',
    callCenter: '打電話給 {center}',
  },

  start: {
    heading: '哪一種照護可能有幫助？',
    intro: [
      '回答一些關於物質使用、健康和日常生活的問題。',
      '您可以替自己回答，也可以替您關心的人回答。',
      '最後，您會看到哪一種照護可能適合，以及原因。',
    ],
    privacy:
      '您的答案只留在這個網頁、這部裝置上，不會傳送給任何人。關閉或重新載入網頁就會清除答案。',
    privacyShared:
      '您的答案只留在這個網頁、這部裝置上。最後，{partner} 只會知道建議的是哪一種照護，絕不會看到您的答案。',
    notDiagnosis: '這不是診斷。由臨床專業人員進行的免費評估，才能決定哪一種照護適合。',
    begin: '開始',
    time: '約 5–10 分鐘',
    haveCode: '有之前的代碼嗎？',
  },

  errors: {
    requiredSingle: '請選擇一個答案',
    requiredMulti: '請選擇所有符合的項目，或選擇「以上皆無」',
    exclusive: '「以上皆無」不能和其他答案一起選',
  },

  questions: {
    respondent: {
      label: { you: '您是替誰回答？', they: '您是替誰回答？' },
      short: '替誰回答',
      options: {
        self: { label: '我自己' },
        other: { label: '我關心的人', hint: '家人或朋友' },
      },
    },
  },

  crisis: {
    heading: '現在就尋求幫助',
    intro: {
      you: '您的答案顯示，您可能需要馬上得到幫助。請不要等待。您並不孤單。',
      they: '您的答案顯示，您的親人可能需要馬上得到幫助。請不要等待。您並不孤單。',
    },
    call911Heading: '出現以下任何一種情況，請撥打 911',
    call911Signs: [
      '用藥過量的徵兆：叫不醒、呼吸慢或沒有呼吸、嘴唇或指尖發青或發灰、有噎住或咕嚕咕嚕的聲音',
      '癲癇發作（抽搐）',
      '胸痛或呼吸困難',
      '嚴重戒斷：看到或聽到不存在的東西、非常混亂，或喝什麼都吐出來',
    ],
    call988Heading: '有自殺的念頭，請撥打或傳簡訊到 988',
    // Deliberately no claim about 988 in Chinese. Third-party pages say 988 reaches other
    // languages through LanguageLine interpreters (languageline.com/blog/case-study-mental-
    // health-interpretation-for-veterans-through-988-helpline; mhn.com/members/news/
    // 988_Introduction.html): add a line here only once 988lifeline.org confirms it.
    call988Body:
      '988 是自殺與危機生命線（Suicide & Crisis Lifeline）。免費、保密，一天 24 小時都有人接聽。您可以為自己打電話或傳簡訊，也可以為您關心的人打電話或傳簡訊。',
    centerHeading: '方便時，請打電話給中心',
    naloxoneHeading: '如果您認為是鴉片類藥物過量',
    naloxone: [
      '如果您有納洛酮（Narcan），請給對方使用。噴入一邊鼻孔。',
      '撥打 911，即使對方開始醒過來也要打。',
      '留在對方身邊。如果 2 到 3 分鐘後對方還沒有醒，而您還有另一劑，請再給一劑。',
      '讓對方側躺，以免噎到。',
    ],
    changeAnswer: '修改我的答案',
  },
} satisfies CoreWords;
