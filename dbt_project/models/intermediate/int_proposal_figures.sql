{{ config(materialized='incremental', incremental_strategy='append',
          pre_hook="{{ delete_changed() }}") }}
-- Proposal (提案) figures with their funnel stage, read from the words that frame each figure in its
-- clause (stg_mentions.clause_before / clause_after, simplified script) against seeds proposal_stages:
--   a count (件) takes the stage keyword nearest before it (经审查立案5005件; the longer keyword on a
--   tie: 不予立案 over 立案), and those after it (348件提案全部办复) where a keyword may stand after;
--   a keyword of stage none voids (并案后交办5289件 is no merged count);
--   a percentage takes every rate keyword before it (办结率、满意和基本满意率均达100%), or its place
--   in a 分别 list (办复率和满意率分别为100%和98.6%), or, worded only as a share (立案128件,
--   占提案总数的95%), the rate of the count it follows, or the share a stage's count takes
--   (立案数占收到提案总数的90.8%: seeds rate rows 立案数占);
--   a percentage right after the handling verb (立案734件办结100%, no 率) states that rate;
--   a percentage followed by the handling verb states that rate (99.8%的提案已经办复, 100%得到办理答复,
--   44.8%的提案建议得到采纳落实), one followed by
--   the words of those satisfied the satisfaction rate (94.5%的提案人表示满意或基本满意), a share of a
--   count of those satisfied too (满意或基本满意的291件,占94.8%); a word inside a negation of stage
--   none counts nothing (不具备条件采纳的C类5件), a bare word after a degree of it none either
--   (非常满意的占47.2%,满意的占35.4%: the degrees' shares; 满意和非常满意的占98% is the total); a handling word spread by 均 over a list
--   of counts (大会提案80件和平时提案6件均已办复) is no stage of its last count;
--   words of seeds proposal_outside_words before a count (市政府收到…), or a pattern of seeds
--   proposal_handler_cues earlier in its sentence (区政府共收到…115件,其中会议期间收到114件), void the
--   intake stages (a cue may void every stage and rate: 住粤全国政协委员提交提案769件 is a delegation's
--   share, 民建会员政协委员共提交了26件 or 港澳委员提交提案112件 a group of the body's own members', no
--   body's funnel); a figure the extractor gave to a government (its handling of the body's proposals)
--   has its intake voided and belongs to the body it handles for (X市政府 → X市政协), a 人大's none.
-- A figure enters when its sentence, or the sentence before it, speaks of proposals (已解决和采纳4014件
-- after a sentence on 提案办理); plans and
-- context figures stay out, actual and cumulative ones (五年来…, 截至…) come in.
-- A figure can hold two stages (立案的129件提案已全部办理完毕: filed and completed): one row each.
-- web copies gloss characters with pinyin, 經(jīng)審查: the gloss is no part of the words
{%- set pinyin_gloss %}'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)'{% endset %}
with metrics as (
    select
        m.*,
        -- the sentence as written up to the figure (a figure repeated in its sentence takes the first)
        left(m.sentence, greatest(strpos(m.sentence, m.mention_text) - 1, 0)) as sentence_before,
        regexp_replace(m.sentence, {{ pinyin_gloss }}, '', 'g') as plain_sentence,
        lag(m.sentence) over (partition by m.document_id order by m.char_start) as previous_sentence,
        lag(m.metric_id) over (partition by m.document_id order by m.char_start) as previous_metric_id,
        -- the sentence's first figure, from which a figure's place in it is counted (handled_in_full)
        first_value(m.char_start) over (partition by m.document_id, m.sentence order by m.char_start)
            as sentence_first_start,
        first_value(m.mention_text) over (partition by m.document_id, m.sentence order by m.char_start)
            as sentence_first_text,
        -- 63件人大代表建议, 办复议案2件: the item counted is another body's (seeds proposal_foreign_items)
        coalesce(m.subject, '') not like '%提案%' and exists (
            select 1 from {{ ref('proposal_foreign_items') }} as item
            where instr(coalesce(m.subject, ''), item.word) > 0
        ) as counts_foreign_items
    from {{ ref('int_metrics') }} as m{{ where_changed('m.document_id') }}
),

-- sentences that speak of proposals (提案 in them, pinyin glosses aside: 提(ti)案; or a figure the
-- extractor counted as proposals), with whether the sentence before them (the one of the figures
-- before) does; a sentence that counts another body's items and never writes 提案 speaks of those
-- (办复议案2件、建议52件,办复率和满意率均为100% rates the 人大's), whatever stands before it; and
-- in a text whose figures never stand beside the word 提案 (a government's report on deputies'
-- suggestions: 128件建议全部办理完毕…满意率均为100%) no sentence does; a department's account of its own
-- share (seeds proposal_text_cues: 我局共接收…提案31件) speaks of no body's proposals, and where no other
-- sentence names a 政协 the whole text is that department's (its rates too); quoted in a 政协's news
-- (交通局负责人介绍,今年我局共承办县政协提案9件) it leaves the body's own figures alone
sentences as (
    select
        document_id,
        sentence,
        lag(about_proposals) over (partition by document_id order by first_start)
            and not of_foreign_items and not of_a_department as after_proposals,
        about_proposals
    from (
        select
            document_id,
            sentence,
            min(char_start) as first_start,
            (bool_or(category = 'proposals') or names_proposals)
                and not (bool_or(counts_foreign_items) and not names_proposals)
                and any_value(text_names_proposals) and not any_value(text_of_a_department)
                and not bool_or(by_a_department) as about_proposals,
            bool_or(counts_foreign_items) and not names_proposals as of_foreign_items,
            bool_or(by_a_department) as of_a_department
        from (
            select
                *,
                bool_or(names_proposals) over (partition by document_id) as text_names_proposals,
                bool_or(by_a_department) over (partition by document_id)
                    and not bool_or(names_a_body and not by_a_department) over (partition by document_id)
                    as text_of_a_department
            from (
                select
                    *,
                    plain_sentence like '%提案%' as names_proposals,
                    exists (
                        select 1 from {{ ref('proposal_text_cues') }} as cue
                        where {{ regexp_matches_seeded('metrics.sentence', 'cue.pattern', ref('proposal_text_cues')) }}
                    ) as by_a_department,
                    regexp_matches(sentence, '政[协協]') as names_a_body
                from metrics
            )
        )
        group by document_id, sentence, names_proposals
    )
),

-- a body other than a 政协 (seeds proposal_stages kind other_body: 人大, 人民代表大会): its 代表建议 are no proposals
{%- set other_body_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'other_body'") %}
figures as (
    select
        m.* replace (regexp_replace(m.org_name, '(?:人民)?政府$', '政协') as org_name),
        coalesce(m.org_name like '%政府', false) as handler_owned,
        -- sentence_before without pinyin glosses (住泉港市政協(xié)委員), for the cues of seeds proposal_handler_cues
        regexp_replace(m.sentence_before, {{ pinyin_gloss }}, '', 'g') as plain_sentence_before,
        regexp_replace(coalesce(s.clause_before, ''), {{ pinyin_gloss }}, '', 'g') as words_before,
        regexp_replace(coalesce(s.clause_after, ''), {{ pinyin_gloss }}, '', 'g') as words_after
    from metrics as m
    join {{ ref('stg_mentions') }} as s using (document_id, char_start, char_end)
    join sentences as t on t.document_id = m.document_id and t.sentence = m.sentence
    where (m.unit in ('件', '件次', '份', '%')  -- 批示重要提案179件(次)
           -- 共提交了5762个提案: proposals counted in 个 when the noun 提案 follows the count directly
           -- (调整主会办单位225个 or 30个“草根提案” count no proposals of the body's funnel)
           or (m.unit = '个' and starts_with(coalesce(s.clause_after, ''), '提案')))
        and coalesce(m.period, 'actual') not in ('target', 'context')
        and (t.about_proposals or t.after_proposals)
        and not coalesce(regexp_matches(m.org_name, {{ other_body_words }}), false)
        -- a democratic party's own figures are no 政协's funnel stage (a figure with no body still counts)
        and coalesce(m.org_name, '') not in (select org_name from {{ ref('stg_organizations') }} where org_kind = '党派')
        and not m.counts_foreign_items
),

-- the word lists of the count readings (seeds proposal_stages, stage none; each joined into a regex constant)
{%- set done_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'done'") %}
{%- set spread_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'spread'") %}
{%- set award_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'award'") %}
{%- set picked_for_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'picked_for'") %}
{%- set alone_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'count' and position = 'alone'") %}
{%- set part_frame_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'part_frame'") %}
{%- set other_class_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'other_class'") %}
-- each count (a figure not in %) beside the count keywords of seeds proposal_stages written around it (in
-- its clause before or after it, or earlier in its sentence) whose required word, if any, its sentence holds
-- (收到 is an intake only in a sentence on 提案); the readings below differ in where they take the keyword
count_candidates as (
    select f.*, s.keyword, s.stage, s.position, s.preference
    from figures as f
    join {{ ref('proposal_stages') }} as s
        on s.kind = 'count'
        and (instr(f.words_before, s.keyword) > 0 or instr(f.words_after, s.keyword) > 0
             or instr(f.sentence_before, s.keyword) > 0)
        and (coalesce(s.requires, '') = '' or instr(f.plain_sentence, s.requires) > 0)
    where f.unit <> '%'
),

count_hits as (
    -- the keyword nearest before the count
    select
        metric_id,
        stage,
        preference,
        'before' as side,
        row_number() over (
            partition by metric_id
            order by instr(reverse(words_before), reverse(keyword)), length(keyword) desc
        ) as nearest
    from count_candidates
    where position in ('before', 'both') and instr(words_before, keyword) > 0
        and (unit <> '件次' or stage = 'key_supervised')  -- 提案被分解1719件次 counts no stage
    union all
    -- a selection word earlier in the sentence (遴选出涉及…等5个方面47件提案, 从中选出23件提案) picks
    -- the first count after it, wherever the clause begins; in a sentence on awards (评选出优秀提案,
    -- 初选出30件…初选的优秀提案) it is no selection of key proposals
    -- (the sentence as written: the keyword is listed in both scripts)
    select metric_id, stage, preference, 'before' as side, 1 as nearest
    from count_candidates
    where position = 'sentence' and instr(sentence_before, keyword) > 0
        and unit in ('件', '份')
        and not regexp_matches(plain_sentence, {{ award_words }})  -- (初选出30件…优秀提案 too; seeds kind award)
        and not regexp_matches(sentence_before, keyword || '.*[0-9０-９][0-9０-９.,]*余?(?:件|份)')
        -- the count is of proposals themselves (18件提案, 11件重点提案, 5件集体提案), not what is
        -- picked for a speech, a topic, a report or a book (选出12件作为大会发言, 遴选出10件提案作为
        -- 协商议题, 选出5份调研报告, 选出20件,编印《提案选编》: seeds kind picked_for)
        and regexp_matches(words_after, '^[^,，;；。]{0,4}提案')
        and not regexp_matches(words_after, {{ picked_for_words }})
    union all
    -- the bare noun of the members' proposals, alone in its clause (…报送各类政协信息7500多篇,委员提案5900多件;
    -- “五个一”活动,委员提案119件;反映10条社情民意…: seeds position alone) and the only count of
    -- proposals in its sentence: the intake of the year's work it lists; beside other counts of
    -- proposals (党派团体提案25件、委员提案246件, 其中委员提案…,集体提案…) it is a part of the total
    select c.metric_id, c.stage, c.preference, 'before' as side, 1 as nearest
    from count_candidates as c
    where c.position = 'alone'
        and regexp_replace(c.words_before, '^[\s、,，;；:：]+|\s+$', '', 'g') = c.keyword
        and c.unit = '件'
        and not exists (
            select 1 from figures as other
            where other.document_id = c.document_id and other.sentence = c.sentence
                and other.metric_id <> c.metric_id and other.unit <> '%' and other.category = 'proposals')
        -- a part named as such: after 其中 or a set it is drawn from (立案提案中, 从提案来源看, 按提案者分: seeds
        -- kind part_frame, right before the keyword), or with its share (委员提案246件,占87.9%), or in a text
        -- that counts another class of proposals in any sentence (委员提案246件。集体提案34件。: seeds kind
        -- other_class, up to 6 characters before 提案)
        and not regexp_matches(c.sentence_before,
                               {{ part_frame_words }} || '[,，:：]?\s*' || {{ alone_words }} || '\s*$')
        and not regexp_matches(c.plain_sentence, '占[^,，;；。]{0,12}?[0-9０-９.]+%')
        and not exists (
            select 1 from figures as class
            where class.document_id = c.document_id and class.metric_id <> c.metric_id
                and regexp_matches(class.words_before, {{ other_class_words }} || '[^,，;；。]{0,6}提案'))
    union all
    -- every stage named after the count (286件立案提案已全部办结: filed and completed)
    select c.metric_id, c.stage, c.preference, 'after' as side, 1 as nearest
    from count_candidates as c
    where c.position in ('after', 'both') and instr(c.words_after, c.keyword) > 0
        and (c.unit <> '件次' or c.stage = 'key_supervised')  -- 提案被分解1719件次 counts no stage
        -- 12件重点提案办复率100%: the word names a rate, not the count's stage
        and substr(c.words_after, instr(c.words_after, c.keyword) + length(c.keyword), 1) <> '率'
        -- 29323件提案 99.8%的提案已办复: a figure between the count and the word takes the word (but
        -- 688件提案100%办复: a bare rate of all of them right before it is the same predicate's; after
        -- 立案5039件 99.8%已办复 only a part of the count was handled; between the rate and the word only words
        -- of its being done, seeds kind done: 已经, 均已, 全部)
        -- (a year is no figure: 确立6件提案作为2017年区政府办理的重点提案 are key proposals)
        and not (regexp_matches(regexp_replace(left(c.words_after, instr(c.words_after, c.keyword) - 1),
                                               '[0-9０-９]{4}年度?', '', 'g'), '[0-9０-９]')
                 and not regexp_matches(left(c.words_after, instr(c.words_after, c.keyword) - 1),
                                        '^[^0-9０-９]*100(?:\.0+)?%' || {{ done_words }} || '*$'))
        -- 大会提案92件和会后提出的1件提案均已办理完毕: the last of a list of counts, the word 均 (都: seeds
        -- kind spread) before the stage word spreads it over the whole list, whose total is not written
        and not (regexp_matches(c.sentence_before, '[0-9０-９](?:件|份)(?:提案)?[和及与與、][^,，;；:：。0-9０-９]*$')
                 and regexp_matches(left(c.words_after, instr(c.words_after, c.keyword) - 1), {{ spread_words }}))
        -- 5000余件提案绝大多数已经办复: the word is true of only part of the count
        and not exists (
            select 1 from {{ ref('proposal_stages') }} as part
            where part.kind = 'count' and part.stage = 'none' and part.position = 'after'
                and instr(left(c.words_after, instr(c.words_after, c.keyword) - 1), part.keyword) > 0)
),

blocked as (
    select distinct f.metric_id, unnest(string_split(o.blocks, ' ')) as stage
    from figures as f
    join {{ ref('proposal_outside_words') }} as o on instr(f.words_before, o.word) > 0
    union
    select distinct f.metric_id, unnest(string_split(h.blocks, ' ')) as stage
    from figures as f
    join {{ ref('proposal_handler_cues') }} as h
        on {{ regexp_matches_seeded('f.plain_sentence_before', 'h.pattern', ref('proposal_handler_cues')) }}
    union
    select f.metric_id, unnest(['received', 'filed']) as stage
    from figures as f
    where f.handler_owned
),

-- the next count in the sentence, whose words before it are the words after this one when no break
-- stands between them (收到提案120件已办复115件: 已办复 is the 115's, not the 120's)
next_counts as (
    select
        metric_id,
        lead(metric_id) over (partition by document_id, sentence order by char_start) as next_metric_id,
        lead(words_before) over (partition by document_id, sentence order by char_start) as next_words_before
    from figures
    where unit <> '%'
),

count_stages as (
    select h.metric_id, h.stage, min(h.preference) as preference
    from count_hits as h
    left join next_counts as n on n.metric_id = h.metric_id
    where h.nearest = 1 and h.stage <> 'none'
        and not exists (select 1 from blocked as b where b.metric_id = h.metric_id and b.stage = h.stage)
        and not (h.side = 'after' and exists (
            select 1 from count_hits as claimed
            join figures as f on f.metric_id = h.metric_id
            where claimed.metric_id = n.next_metric_id and claimed.side = 'before' and claimed.nearest = 1
                and claimed.stage = h.stage and n.next_words_before = f.words_after))
    group by h.metric_id, h.stage
),

-- a filed count handled in full later in its sentence is the completed count too (立案468件,分送85个承办
-- 单位办理,至9月份已全部办复; 经审查立案66件,全部办复完毕; 对立案的61件提案,…,全部提案于11月初办复结束):
-- a quantifier of seeds proposal_stages kind in_full (全部, 均) then, in its clause, a completed word
-- (办复, 办结, 答复, 办理完毕; not 办复率), traditional handling characters read as simplified. Only the
-- first filed count of its sentence (委员提案立案200件,集体提案立案30件,均已办复 totals no count), with
-- nothing between it and the handling that the handling could be about: no other figure but a
-- percentage or a count of those handling (85个承办单位: seeds kind handlers), no partial or negating
-- word of stage none (大部分, 未), no word of a part (其中, 其余, 除…外: seeds kind part), no 分号 (another
-- subject); the quantifier's clause no plan (力争年底前全部办结: seeds kind plan) and no handing over between
-- it and the word (全部交由承办单位答复, 全部转送…).
-- 全部办复 in a later sentence, or with no filed count before it, gives none (README: no number, no
-- count). An explicit completed count (preference 1) wins over this reading (2).
{%- set in_full_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'in_full'") %}
{%- set handling_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'count' and stage = 'completed'") %}
{%- set clause_end_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'clause_end'") %}
{%- set part_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'part'", gap='[^,，;；。]{0,20}') %}
{%- set plan_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'plan'") %}
{%- set other_subject_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'other_subject'") %}
{%- set handed_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'handed'") %}
{%- set determiner_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'determiner'") %}
-- The count read so may also be the proposals handed over for handling (交由市政府系统承办的政协提案共681件,
-- 目前全部办复; 对交付的4838件提案…全部予以办复: seeds kind handed, in the count's clause before it, 提案 named in
-- that clause or right after the count) where it has no stage of its own, is the first count of its sentence,
-- and the text states no filed count of its body other than it (a handler's share, 市政府承办的200件 beside
-- 立案300件, is no completed count of the body; nor is one of several counts handed over, 交由市政府办理的
-- 180件 … 交由市委部门办理的60件: each is a handler's share).
handed_candidates as (
    select f.metric_id, f.document_id, f.org_name, f.value
    from figures as f
    where f.unit in ('件', '份')
        and regexp_matches(f.words_before, {{ handed_words }})
        and (f.words_before like '%提案%' or starts_with(f.words_after, '提案'))
        and not exists (select 1 from count_stages as own where own.metric_id = f.metric_id)
        and not exists (select 1 from figures as other
                        where other.document_id = f.document_id and other.sentence = f.sentence
                            and other.unit <> '%' and other.char_start < f.char_start)
        and not exists (select 1 from figures as other join count_stages as o using (metric_id)
                        where o.stage = 'filed' and other.document_id = f.document_id
                            and other.org_name is not distinct from f.org_name and other.value <> f.value)
),

handed_counts as (
    select h.metric_id
    from handed_candidates as h
    where not exists (select 1 from handed_candidates as other
                      where other.document_id = h.document_id and other.metric_id <> h.metric_id
                          and other.org_name is not distinct from h.org_name and other.value <> h.value)
),

in_full_places as (
    select
        f.*,
        strpos(f.sentence, f.sentence_first_text) - 1 + f.char_start - f.sentence_first_start as sentence_at
    from figures as f
    where f.unit <> '%'
        and (exists (select 1 from count_stages as c where c.metric_id = f.metric_id and c.stage = 'filed')
             or f.metric_id in (select metric_id from handed_counts))
        and not exists (select 1 from count_stages as done
                        where done.metric_id = f.metric_id and done.stage = 'completed')
        -- the first filed count of its sentence
        and not exists (select 1 from figures as other join count_stages as o using (metric_id)
                        where o.stage = 'filed' and other.document_id = f.document_id
                            and other.sentence = f.sentence and other.char_start < f.char_start)
),

in_full_reads as (
    select
        p.*,
        regexp_extract(
            translate(substr(p.sentence, p.sentence_at + length(p.mention_text) + 1), '辦復覆結畢', '办复复结毕'),
            '^([^;；]*?' || {{ in_full_words }} || '[^,，;；。:：!！?？交转送]{0,12}?' || {{ handling_words }}
                -- the completed word ends its clause (办复完毕, 办结并…; seeds kind clause_end): not 办结时间,
                -- 答复情况, 办结后, 办复率
                || ')\s*' || {{ clause_end_words }} || '?\s*(?:[,，;；。:：!！?？并]|$)', 1) as handled_words
    from in_full_places as p
    -- the figure stands where it is counted from (a sentence repeated in its text counts its first copy)
    where substr(p.sentence, p.sentence_at + 1, length(p.mention_text)) = p.mention_text
),

handled_in_full as (
    select r.metric_id, s.stage, min(s.preference) as preference
    from in_full_reads as r
    join {{ ref('proposal_stages') }} as s
        on s.kind = 'in_full' and s.stage = 'completed' and instr(r.handled_words, s.keyword) > 0
    where r.handled_words <> ''
        and not regexp_matches(r.handled_words, {{ part_words }})
        and not regexp_matches(regexp_extract(r.handled_words, '[^,，:：]*$'), {{ plan_words }})
        -- the quantifier's clause names no other subject before it (重点提案全部办结, 党派团体提案均已办复,
        -- 上年度结转提案全部办结, 委员反映的问题均得到答复: seeds kind other_subject): only the filed proposals
        -- themselves (所有立案提案已全部办复: seeds kind determiner)
        and not regexp_matches(
            regexp_replace(regexp_extract(r.handled_words, '[^,，:：]*$'),
                           {{ determiner_words }} || '?立案的?提案|' || {{ determiner_words }} || '提案', '', 'g'),
            {{ other_subject_words }} || '[^,，;；]*?' || {{ in_full_words }})
        and not exists (
            select 1 from {{ ref('proposal_stages') }} as part
            where part.kind = 'count' and part.stage = 'none' and part.position = 'after'
                and instr(r.handled_words, part.keyword) > 0)
        and not exists (
            select 1 from metrics as between_
            join {{ ref('stg_mentions') }} as w using (document_id, char_start, char_end)
            where between_.document_id = r.document_id and between_.sentence = r.sentence
                and between_.char_start >= r.char_start + length(r.mention_text)
                and between_.char_start < r.char_start + length(r.mention_text) + length(r.handled_words)
                and between_.unit <> '%'
                and not exists (select 1 from {{ ref('proposal_stages') }} as h
                                where h.kind = 'handlers' and starts_with(coalesce(w.clause_after, ''), h.keyword)))
    group by r.metric_id, s.stage
),

-- the rate words before a percentage, in the order written (办复率、满意率: completion, then satisfaction);
-- a word inside a negation of stage none (未被采纳的占1%) states no rate
{%- set total_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'rate' and position = 'total'") %}
{%- set total_of_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'total_of'") %}
{%- set total_verb_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'total_verb'") %}
rate_words as (
    select f.metric_id, f.document_id, f.sentence, f.char_start, s.stage, min(s.preference) as preference,
        min(instr(f.words_before, s.keyword)) as written_at,
        f.words_before like '%分别%' as respectively
    from figures as f
    join {{ ref('proposal_stages') }} as s
        on s.kind = 'rate' and s.stage <> 'none'
        and ((s.position in ('before', 'both') and instr(f.words_before, s.keyword) > 0)
             -- 立案734件办结100%: a handling word right before the percentage names its rate (办结率)
             -- though 率 is not written; earlier in the clause (办结后满意率95%) it names none
             or (s.position = 'adjacent' and ends_with(rtrim(f.words_before), s.keyword)
                 -- only after proposals in its sentence (提案, 立案): 社情民意信息按时答复100%, 12345热线诉求办结100%,
                 -- 群众来信按时答复100%,提案…满意率97% or 人大代表建议和政协提案办复100% (seeds proposal_outside_words
                 -- blocking completed), state no proposal rate
                 and regexp_matches(f.sentence_before, '提案|立案')
                 and not exists (
                     select 1 from {{ ref('proposal_outside_words') }} as o
                     where instr(f.words_before, o.word) > 0 and o.blocks like '%completed%'))
             -- 非常满意的占47.2%,满意的占35.4%,两项合计为82.5%: a total (seeds position total: 合计) after
             -- the shares of the degrees of a stage (seeds kind degree) states that stage's rate
             -- (the total's words name nothing else, but what it sums, 两项 or 以上, and a verb, 为 or 达: seeds
             -- kinds total_of and total_verb; 经济类提案合计占35%, 采纳和部分采纳的合计占85% are no total of the degrees)
             or (s.position = 'total' and instr(f.words_before, s.keyword) > 0
                 and regexp_matches(f.words_before, '^[\s、,，;；]*' || {{ total_of_words }} || '?'
                                                    || {{ total_words }} || {{ total_verb_words }} || '?\s*$')
                 and exists (
                     select 1 from {{ ref('proposal_stages') }} as degree
                     where degree.kind = 'degree' and degree.stage = s.stage
                         and instr(f.sentence_before, degree.keyword) > 0)))
    where f.unit = '%'
        and not exists (
            select 1 from {{ ref('proposal_stages') }} as negation
            where negation.kind = 'rate' and negation.stage = 'none'
                and instr(negation.keyword, s.keyword) > 0 and instr(f.words_before, negation.keyword) > 0)
        -- a sentence that splits those satisfied by degree (非常满意的占47.2%,满意的占35.4%: seeds kind
        -- degree, in either script, as the sentence is written) gives each degree's share: a bare word of
        -- that stage states no rate there (a word of 率, 满意率95%, still does); a degree joined to the bare
        -- word (满意和非常满意的占98%) is counted with it, the total, unless the two are shares 分别
        and not exists (
            select 1 from {{ ref('proposal_stages') }} as degree
            where degree.kind = 'degree' and degree.stage = s.stage and s.keyword not like '%率'
                and s.position <> 'total'
                and instr(f.sentence_before, degree.keyword) > 0
                and (f.words_before like '%分别%' or not regexp_matches(f.words_before,
                    '[和或及与與、]' || degree.keyword || '|' || degree.keyword || '[和或及与與、]')))
    group by all
),

-- a percentage the handling verb follows (99.8%的提案已经办复, 提案100%办结), or the words of those
-- satisfied (94.5%的提案人对办理结果表示满意或基本满意), with no rate word before it
{%- set done_or_passive_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind in ('done', 'passive')") %}
{%- set satisfied_who_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'satisfied_who'") %}
{%- set satisfied_all_words = seeded_alternation(ref('proposal_stages'), 'keyword', "kind = 'satisfied_all'") %}
rates_after as (
    select f.metric_id, s.stage, min(s.preference) as preference
    from figures as f
    join {{ ref('proposal_stages') }} as s
        on s.kind = 'rate' and s.position in ('after', 'both')
        -- (each pattern a constant, compiled once: built from the row's keyword, one was compiled for
        -- every figure and keyword, ~2 ms each; 100 MB corpus, a loaded machine: the model alone 27-44 -> 12 s,
        -- the same rows; a branch only for the keywords the join can meet: kind rate, position after or both)
        and case
            -- the words of those satisfied, after who they are and how many of them (seeds kinds
            -- satisfied_who and satisfied_all: 提案人对办理结果普遍表示满意, 委员均表示满意或基本满意)
            when s.stage = 'satisfaction_rate'
                then {{ regexp_matches_seeded('f.words_after', 's.keyword', ref('proposal_stages'),
                        where="kind = 'rate' and position in ('after', 'both') and stage = 'satisfaction_rate'",
                        prefix_sql="'^(?:的)?' || " ~ satisfied_who_words ~ " || '?(?:对[^,，;；。]{0,16}?)?' || "
                                   ~ satisfied_all_words ~ " || '?'",
                        prefix='(?:表示)?') }}
            -- the handling verb after words of its being done or received (seeds kinds done and passive:
            -- 已经办复, 均已办结, 得到采纳, 被采纳)
            else {{ regexp_matches_seeded('f.words_after', 's.keyword', ref('proposal_stages'),
                    where="kind = 'rate' and position in ('after', 'both') and stage <> 'satisfaction_rate'",
                    prefix_sql="'^(?:的)?(?:立案)?(?:提案(?:建议)?)?' || " ~ done_or_passive_words ~ " || '*'") }}
        end
    where f.unit = '%'
        and not exists (select 1 from rate_words as own where own.metric_id = f.metric_id)
    group by all
),

rate_lists as (
    select *, row_number() over (partition by metric_id order by written_at) as nth_word
    from rate_words
),

-- the percentages of a sentence in order, to hand out a 分别 list (办复率和满意率分别为100%和98.6%)
percentages as (
    select
        metric_id,
        document_id,
        sentence,
        row_number() over (partition by document_id, sentence order by char_start) as nth_percentage
    from figures
    where unit = '%'
),

rate_stages as (
    -- every rate word before a percentage (办结率、满意率均达100%), unless it lists them 分别
    select metric_id, stage, preference from rate_lists where not respectively
    union all
    -- a 分别 list: its n-th word goes to the n-th percentage from there on that has no rate word of its own
    select coalesce(p.metric_id, l.metric_id), l.stage, l.preference
    from rate_lists as l
    join percentages as first on first.metric_id = l.metric_id
    left join percentages as p
        on p.document_id = first.document_id and p.sentence = first.sentence
        and p.nth_percentage = first.nth_percentage + l.nth_word - 1
        and not exists (select 1 from rate_words as own where own.metric_id = p.metric_id)
    where l.respectively and (l.nth_word = 1 or p.metric_id is not null)
),

-- a share with no rate word of its own (、占92.3%, ,占提案总数的95%) right after a staged count: that
-- count's rate, kept by int_proposal_funnel only when that count is the one its stage keeps
shares as (
    select
        f.metric_id,
        case c.stage
            when 'filed' then 'filing_rate'
            when 'completed' then 'completion_rate'
            when 'adopted' then 'adoption_rate'
        end as stage,
        c.preference + 1 as preference,
        c.metric_id as share_of_metric_id
    from figures as f
    join count_stages as c on c.metric_id = f.previous_metric_id
    where f.unit = '%'
        and f.previous_sentence = f.sentence
        and regexp_matches(f.words_before, '^[、\s]*占')
        and not exists (select 1 from rate_stages as r where r.metric_id = f.metric_id)
),

-- a share after a count of those satisfied (表示满意或基本满意的291件,占94.8%, seeds kind share): the
-- rate it states, with no count stage behind it
count_shares as (
    select f.metric_id, s.stage, min(s.preference) as preference
    from figures as f
    join figures as c on c.metric_id = f.previous_metric_id
    join {{ ref('proposal_stages') }} as s on s.kind = 'share' and instr(c.words_before, s.keyword) > 0
    where f.unit = '%' and c.unit <> '%'
        and f.previous_sentence = f.sentence
        and regexp_matches(f.words_before, '^[、\s]*占')
        and not exists (select 1 from rate_stages as r where r.metric_id = f.metric_id)
        and not exists (select 1 from rates_after as r where r.metric_id = f.metric_id)
    group by all
),

stages as (
    select metric_id, stage, preference, null as share_of_metric_id from count_stages
    union all
    select metric_id, stage, preference, null from handled_in_full
    union all
    select metric_id, stage, preference, null from count_shares
    union all
    select metric_id, stage, min(preference), null from rate_stages group by metric_id, stage
    union all
    select metric_id, stage, preference, null from rates_after
    union all
    select metric_id, stage, preference, share_of_metric_id from shares where stage is not null
)

select
    f.metric_id,
    f.document_id,
    f.org_name,
    f.report_year,
    f.value,
    f.unit,
    f.subject,
    f.sentence,
    f.char_start,
    s.stage,
    s.preference,
    s.share_of_metric_id
from figures as f
join stages as s using (metric_id)
-- a blocked rate too: a delegation's 立案率83.3% is its own share's (seeds proposal_handler_cues)
where not exists (select 1 from blocked as b where b.metric_id = s.metric_id and b.stage = s.stage)
