/**
 * What the Zhejiang table does not say in machine-readable form: stable unit ids, English names,
 * unit kinds and the typed numeric targets. The importer checks every quote against the task
 * text, every figure against its quote, and that every figure in the texts is accounted for.
 * The document states no issuer, document number or date, so the register carries none.
 */
import type { Annotations } from '../import-table.js';

export const zhejiangAnnotations: Annotations = {
  id: 'zhejiang-vocational-education-integration',
  titleEn:
    'Zhejiang Province Implementation Plan for Deepening Industry-Education Integration and Promoting the High-Quality Development of Vocational Education',
  subtitleEn: 'Division of Key Tasks',
  units: [
    { name: '省教育厅', id: 'edu', nameEn: 'Provincial Department of Education', kind: 'provincial-department' },
    { name: '省人力社保厅', id: 'hrss', nameEn: 'Provincial Department of Human Resources and Social Security', kind: 'provincial-department' },
    { name: '省发展改革委', id: 'drc', nameEn: 'Provincial Development and Reform Commission', kind: 'provincial-department' },
    { name: '各设区市政府', id: 'city-governments', nameEn: 'Governments of all cities divided into districts', kind: 'collective' },
    { name: '各行业主管部门', id: 'industry-authorities', nameEn: 'Competent authorities of all industries', kind: 'collective' },
    { name: '省经信厅', id: 'eit', nameEn: 'Provincial Department of Economy and Information Technology', kind: 'provincial-department' },
    { name: '省财政厅', id: 'finance', nameEn: 'Provincial Department of Finance', kind: 'provincial-department' },
    { name: '省总工会', id: 'trade-unions', nameEn: 'Provincial Federation of Trade Unions', kind: 'other' },
    { name: '温州市政府', id: 'wenzhou', nameEn: 'Wenzhou Municipal Government', kind: 'municipal-government' },
    { name: '台州市政府', id: 'taizhou', nameEn: 'Taizhou Municipal Government', kind: 'municipal-government' },
    { name: '省国资委', id: 'sasac', nameEn: 'Provincial State-owned Assets Supervision and Administration Commission', kind: 'provincial-department' },
  ],
  indicators: [
    { id: 'secondary-progression-rate', task: 1, label: '中职毕业生升入高一级学校比重', labelEn: 'Secondary vocational graduates going on to higher study', comparator: 'atLeast', target: 50, measure: '%', quote: '中职毕业生升入高一级学校比重达到50%以上' },
    { id: 'hq-higher-vocational-colleges', task: 2, label: '省级高水平高职院校', labelEn: 'Provincial high-level higher vocational colleges', comparator: 'exactly', target: 15, measure: '所', nounEn: 'colleges', quote: '省级高水平高职院校15所' },
    { id: 'hq-specialty-groups', task: 2, label: '高水平专业群（高职）', labelEn: 'High-level specialty groups (higher vocational)', comparator: 'exactly', target: 30, measure: '个', nounEn: 'specialty groups', quote: '高水平专业群30个' },
    { id: 'hq-secondary-schools', task: 2, label: '省级高水平中职学校', labelEn: 'Provincial high-level secondary vocational schools', comparator: 'exactly', target: 50, measure: '所', nounEn: 'schools', quote: '省级高水平中职学校50所' },
    { id: 'hq-secondary-specialties', task: 2, label: '高水平专业（中职）', labelEn: 'High-level specialties (secondary vocational)', comparator: 'exactly', target: 150, measure: '个', nounEn: 'specialties', quote: '高水平专业150个' },
    { id: 'applied-universities', task: 3, label: '省级高水平应用型本科高校', labelEn: 'Provincial high-level applied universities', comparator: 'exactly', target: 20, measure: '所', nounEn: 'universities', quote: '省级高水平应用型本科高校20所' },
    { id: 'technician-colleges', task: 4, label: '全国一流技师学院', labelEn: 'National first-class technician colleges', comparator: 'exactly', target: 10, measure: '所', nounEn: 'colleges', quote: '全国一流技师学院10所' },
    { id: 'integration-alliances', task: 5, label: '产教融合联盟', labelEn: 'Industry-education integration alliances', comparator: 'atLeast', target: 10, measure: '个', nounEn: 'alliances', quote: '培育10个以上在全国具有影响力的产教融合联盟' },
    { id: 'integration-practice-bases', task: 5, label: '产教融合实践基地', labelEn: 'Industry-education integration practice bases', comparator: 'atLeast', target: 20, measure: '个', nounEn: 'bases', quote: '建设20个以上集聚高素质人才和高新技术产业的产教融合实践基地' },
    { id: 'practical-training-bases', task: 5, label: '实习实训基地', labelEn: 'Internship and practical training bases', comparator: 'atLeast', target: 100, measure: '个', nounEn: 'bases', quote: '建成100个以上装备水平国内一流、产教深度融合的实习实训基地' },
    { id: 'integration-enterprises', task: 5, label: '产教融合型企业', labelEn: 'Industry-education integration enterprises', comparator: 'atLeast', target: 300, measure: '家', nounEn: 'enterprises', quote: '培育300家以上产教融合型企业' },
    { id: 'collaborative-projects', task: 5, label: '产学合作协同育人项目', labelEn: 'Industry-university collaborative education projects', comparator: 'atLeast', target: 500, measure: '个', nounEn: 'projects', quote: '实施500个以上产学合作协同育人项目' },
    { id: 'training-to-degree-ratio', task: 6, label: '社会培训与全日制学历教育规模比例', labelEn: 'Ratio of social training to full-time degree education', comparator: 'atLeast', target: 1.2, measure: 'ratio', quote: '职业院校承担社会培训规模和全日制学历教育规模比例达到1.2：1以上' },
    { id: 'advanced-manufacturing-training-bases', task: 16, label: '每条产业链先进制造业实训基地', labelEn: 'Advanced manufacturing training bases per industrial chain', comparator: 'range', min: 3, max: 5, measure: '家', nounEn: 'bases', quote: '每条产业链遴选认定3-5家先进制造业实训基地' },
    { id: 'internship-post-share', task: 17, label: '接纳学生实习岗位占职工总数比例', labelEn: 'Internship posts as a share of total staff', comparator: 'range', min: 2, max: 3, measure: '%', quote: '按职工总数的2%-3%安排专业对口岗位接纳学生实习' },
    { id: 'dual-qualified-teachers', task: 20, label: '“双师型”教师占专业课教师比重', labelEn: 'Share of “dual-qualified” teachers among specialty teachers', comparator: 'atLeast', target: 90, measure: '%', quote: '全省职业院校“双师型”教师占专业课教师的比重达到90%以上' },
    { id: 'skill-master-stations', task: 20, label: '省级技能大师工作站', labelEn: 'Provincial master craftsman workstations', comparator: 'exactly', target: 20, measure: '个', nounEn: 'workstations', quote: '建成20个省级技能大师工作站' },
    { id: 'teaching-innovation-teams', task: 20, label: '省级教学创新团队', labelEn: 'Provincial teaching innovation teams', comparator: 'exactly', target: 100, measure: '个', nounEn: 'teams', quote: '100个省级教学创新团队' },
    { id: 'career-enlightenment-bases', task: 26, label: '省级劳动和职业启蒙教育基地', labelEn: 'Provincial labour and career enlightenment education bases', comparator: 'atLeast', target: 100, measure: '个', nounEn: 'bases', quote: '建设100个以上省级劳动和职业启蒙教育基地（体验中心）' },
    { id: 'performance-pay-increase', task: 30, label: '绩效工资总量上浮幅度', labelEn: 'Increase in the total performance pay', comparator: 'atMost', target: 50, measure: '%', quote: '绩效工资总量最高可上浮50％' },
    { id: 'mixed-ownership-colleges', task: 36, label: '省级混合所有制产业特色学院', labelEn: 'Provincial mixed-ownership industry colleges', comparator: 'about', target: 10, measure: '所', nounEn: 'colleges', quote: '遴选10所左右省级混合所有制产业特色学院' },
    { id: 'vocational-education-groups', task: 36, label: '省级职业教育集团', labelEn: 'Provincial vocational education groups', comparator: 'about', target: 20, measure: '家', nounEn: 'groups', quote: '培育20家左右省级职业教育集团' },
    { id: 'online-courses', task: 38, label: '省级精品在线开放课程', labelEn: 'Provincial quality open online courses', comparator: 'exactly', target: 500, measure: '门', nounEn: 'courses', quote: '建设500门省级精品在线开放课程' },
    { id: 'smart-campuses', task: 38, label: '省级职业院校智慧校园', labelEn: 'Provincial smart vocational campuses', comparator: 'exactly', target: 100, measure: '个', nounEn: 'campuses', quote: '100个省级职业院校智慧校园' },
    { id: 'funding-per-student', task: 39, label: '公办高职院校生均财政拨款（每学年）', labelEn: 'Public funding per student at public higher vocational colleges (per year)', comparator: 'atLeast', target: 1.2, measure: '万元', quote: '生均财政拨款水平每学年不低于1.2万元' },
    { id: 'secondary-funding-multiple', task: 39, label: '中职学校生均公用经费相对普通高中倍数', labelEn: 'Secondary vocational public funding per student, as a multiple of general high schools', comparator: 'atLeast', target: 2, measure: '倍', quote: '中职学校生均公用经费逐步达到普通高中的2倍以上' },
  ],
  notTargets: [{ task: 13, quote: '“1+X”证书' }],
};
