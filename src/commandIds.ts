/** Every command this extension contributes, by id. Keep in sync with `contributes.commands`. */
export const CommandIds = {
  selectModel: 'learnGenai.selectModel',
  showTokensForSelection: 'learnGenai.showTokensForSelection',
  showTokensForText: 'learnGenai.showTokensForText',
  convertToFewShot: 'learnGenai.convertToFewShot',
  openSampleFile: 'learnGenai.openSampleFile',
  openLesson: 'learnGenai.openLesson',
  openQuiz: 'learnGenai.openQuiz',
  reviewDue: 'learnGenai.reviewDue',
  startPracticeExam: 'learnGenai.startPracticeExam',
  markLessonRead: 'learnGenai.markLessonRead',
  markLessonUnread: 'learnGenai.markLessonUnread',
  switchLessonLanguage: 'learnGenai.switchLessonLanguage',
  exportProgress: 'learnGenai.exportProgress',
  importProgress: 'learnGenai.importProgress',
  resetProgress: 'learnGenai.resetProgress',
} as const;
