export { registerExportCommands, copyArticle, exportHtml, COPY_COMMAND, EXPORT_COMMAND } from './commands';
export { registerArticleCopyTarget, type ArticleCopyTarget, type CopyArticleMessage, type CopiedMessage } from './copyTarget';
