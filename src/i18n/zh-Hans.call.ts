/** 简体中文：通话卡上的服务时间、短信链接和提醒（./call-words.ts）。草稿，尚未经专业审阅。 */
import type { CallWords } from './call-words';

export const zhHansCall = {
  always: {
    you: '一周 7 天、一天 24 小时都有人接听。',
    they: '一周 7 天、一天 24 小时都有人接听。',
    staff: '入院咨询处一周 7 天、一天 24 小时开放。',
  },
  openNow: {
    you: '入院咨询处现在开放，会有人接听。',
    they: '入院咨询处现在开放，会有人接听。',
    staff: '入院咨询处现在开放。',
  },
  closedNow: {
    you: '入院咨询处现在已关闭，将于{day} {time}（{zone}）开放。',
    they: '入院咨询处现在已关闭，将于{day} {time}（{zone}）开放。',
    staff: '入院咨询处现在已关闭，将于{day} {time}（{zone}）开放。',
  },
  closedNoOpening: {
    you: '入院咨询处现在已关闭。',
    they: '入院咨询处现在已关闭。',
    staff: '入院咨询处现在已关闭。',
  },
  meanwhile: {
    you: '现在想找人谈谈吗？988 和 SAMHSA 全国求助热线都是免费的，全天候 24/7 接听。',
    they: '现在想找人谈谈吗？988 和 SAMHSA 全国求助热线都是免费的，全天候 24/7 接听，您或您的亲人都可以打。',
    staff:
      '在那之前，对方可以打电话或发短信到 988，或拨打 SAMHSA 全国求助热线 {phone}。两者都免费，全天候 24/7 接听。',
  },
  callHelpline: '拨打求助热线：{phone}',
  text: {
    prompt: '想用短信吗？',
    link: '发短信给 {center}：{phone}',
    hint: {
      you: '短信里只有您的答案代码。',
      they: '短信里只有您的答案代码。',
    },
    body: '我的代码：{code}',
  },
  reminder: {
    open: '提醒我打电话',
    intro: '这会在这台设备上保存一个日历文件，里面只有 {center} 的名称和电话号码。',
    date: '日期',
    time: '时间',
    timeHint: '日期和时间以您所在的时区为准。',
    save: '保存提醒',
    saved: '提醒已保存。打开文件，就能把它加入您的日历。',
    missing: '请输入日期和时间。',
    past: '请选择一个还没过去的时间。',
    title: '打电话给 {center}',
    description: '拨打 {phone} 给 {center}。',
    fileName: '致电提醒',
  },
} satisfies CallWords;
