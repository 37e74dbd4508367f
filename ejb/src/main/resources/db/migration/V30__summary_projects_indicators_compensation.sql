-- The work summary's sections of the S&T plan projects (向上争取科技项目) and of the innovation indicators
-- (专利, 高新技术企业), and the financing section's compensation sentences: "没有发生一笔代偿" while there is
-- none, the compensations of the period when there are. Default templates, editable on the template page.

insert into sum_template (id, version, section, template_key, position, text) values
    (23, 0, 'financing', 'noCompensation', 2, '平台运行以来没有发生一笔代偿。'),
    (24, 0, 'financing', 'compensation', 3,
     '{period}发生代偿{compensations}，代偿金额{compensationAmount}，累计代偿{compensationsTotal}。'),
    (51, 0, 'project', 'title', 0, '科技计划项目'),
    (52, 0, 'project', 'prepared', 1, '{period}帮助{enterprisesHelped}企业、单位准备了{prepared}科技项目的申报材料。'),
    (53, 0, 'project', 'won', 2, '向上争取科技项目{won}，{won.yoy}，争取资金{granted}。'),
    (54, 0, 'project', 'national', 3, '列入国家级科技计划项目{nationalWon}，争取国家资金{nationalGranted}。'),
    (55, 0, 'project', 'provincial', 4, '列入省级科技计划项目{provincialWon}，争取省资金{provincialGranted}。'),
    (56, 0, 'project', 'city', 5, '列入市计划科技项目{cityWon}，争取市资金{cityGranted}。'),
    (57, 0, 'project', 'received', 6, '{period}到位项目资金{received}。'),
    (61, 0, 'indicator', 'title', 0, '知识产权与高新技术企业'),
    (62, 0, 'indicator', 'patents', 1,
     '{period}{jurisdiction}申请专利{patentsApplied}，其中发明专利{inventionsApplied}；获得专利授权{patentsGranted}，其中发明专利{inventionsGranted}，{patentsGranted.yoy}。'),
    (63, 0, 'indicator', 'highTech', 2, '新认定高新技术企业{highTechNew}，有效高新技术企业{highTechValid.change}。');
