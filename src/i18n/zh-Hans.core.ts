/**
 * 简体中文（草稿，尚未经专业翻译人员审阅）。浅白用语（约六到八年级程度），用“您”称呼，
 * 温和、不带评判（说“使用”，不说“滥用”）。用词以在美国、来自中国大陆或新加坡的读者为准。
 * 初稿由 ./zh-Hant.core.ts 经 opencc-js 1.4.2（twp → cn）转换，之后逐句通读并改为大陆用语
 * （例如 阿片类、短信、项目、筛查、接诊记录）。
 * `you` 的句子对本人说；`they` 的句子对替亲人作答的人说，并说明讲的是“您的亲人”。
 * 占位符（如 `{center}`、`{phone}`）必须原样保留。电话号码、911、988 和代码保持原样。
 */
import type { CoreWords } from './types';

export const zhHansCore = {
  lang: 'zh-Hans',
  languageName: '简体中文',

  app: {
    title: '找到适合的照护级别',
    callCenter: '{center}：请拨 {phone}',
  },

  common: {
    continue: '继续',
    back: '返回',
    change: '修改',
    startOver: '重新开始',
    print: '打印',
    questionOfAbout: '第 {n} 题，共约 {total} 题',
    questionOfTotal: '第 {n} 题，共 {total} 题',
    errorTitlePrefix: '错误：',
    errorSummaryTitle: '有一个问题',
    leaveSite: '离开本网站',
    leaveSiteHint: '立即离开，并清除您的答案。',
    languageMenu: '语言',
    loading: '加载中…',
    loadFailed: '无法加载下一部分',
    loadFailedBody: '您的答案很安全。请检查网络连接后再试一次，或打电话给我们。',
    retry: '再试一次',
  },

  help: {
    label: '现在需要帮助吗？',
    call911: '拨打 911',
    call988: '拨打 988',
    text988: '发短信到 988',
    callCenter: '打电话给 {center}',
  },

  start: {
    heading: '哪一种照护可能有帮助？',
    intro: [
      '回答一些关于物质使用、健康和日常生活的问题。',
      '您可以替自己回答，也可以替您关心的人回答。',
      '最后，您会看到哪一种照护可能适合，以及原因。',
    ],
    privacy:
      '您的答案只留在这个网页、这台设备上，不会发送给任何人。关闭或重新加载网页就会清除答案。',
    privacyShared:
      '您的答案只留在这个网页、这台设备上。最后，{partner} 只会知道建议的是哪一种照护，绝不会看到您的答案。',
    notDiagnosis: '这不是诊断。由临床专业人员进行的免费评估，才能决定哪一种照护适合。',
    begin: '开始',
    time: '约 5–10 分钟',
    haveCode: '有之前的代码吗？',
  },

  errors: {
    requiredSingle: '请选择一个答案',
    requiredMulti: '请选择所有符合的项目，或选择“以上都没有”',
    exclusive: '“以上都没有”不能和其他答案一起选',
  },

  questions: {
    respondent: {
      label: { you: '您是替谁回答？', they: '您是替谁回答？' },
      short: '替谁回答',
      options: {
        self: { label: '我自己' },
        other: { label: '我关心的人', hint: '家人或朋友' },
      },
    },
  },

  crisis: {
    heading: '现在就寻求帮助',
    intro: {
      you: '您的答案显示，您可能需要马上得到帮助。请不要等待。您并不孤单。',
      they: '您的答案显示，您的亲人可能需要马上得到帮助。请不要等待。您并不孤单。',
    },
    call911Heading: '出现以下任何一种情况，请拨打 911',
    call911Signs: [
      '用药过量的征兆：叫不醒、呼吸慢或没有呼吸、嘴唇或指尖发青或发灰、有噎住或咕噜咕噜的声音',
      '癫痫发作（抽搐）',
      '胸痛或呼吸困难',
      '严重戒断：看到或听到不存在的东西、非常混乱，或喝什么都吐出来',
    ],
    call988Heading: '有自杀的念头，请拨打或发短信到 988',
    // Deliberately no claim about 988 in Chinese. Third-party pages say 988 reaches other
    // languages through LanguageLine interpreters (languageline.com/blog/case-study-mental-
    // health-interpretation-for-veterans-through-988-helpline; mhn.com/members/news/
    // 988_Introduction.html): add a line here only once 988lifeline.org confirms it.
    call988Body:
      '988 是自杀与危机生命线（Suicide & Crisis Lifeline）。免费、保密，一天 24 小时都有人接听。您可以为自己打电话或发短信，也可以为您关心的人打电话或发短信。',
    centerHeading: '方便时，请打电话给中心',
    naloxoneHeading: '如果您认为是阿片类药物过量',
    naloxone: [
      '如果您有纳洛酮（Narcan），请给对方使用。喷入一边鼻孔。',
      '拨打 911，即使对方开始醒过来也要打。',
      '留在对方身边。如果 2 到 3 分钟后对方还没有醒，而您还有另一剂，请再给一剂。',
      '让对方侧躺，以免噎到。',
    ],
    changeAnswer: '修改我的答案',
  },
} satisfies CoreWords;
