-- wrk script for benchmarks/catalogue-search.sh: a mix of the searches a public portal sends.
-- Municipality ids come from the file named by the environment variable MUNICIPALITIES (one per line).
local texts = {
  en = {"legal aid", "housing advice", "language course", "job search", "psychosocial support", "community centre",
        "interpreting", "childcare", "comunity centre", "emergency shelter"},
  bg = {"правна помощ", "езиков курс", "жилищно настаняване", "търсене на работа", "подкрепа за жени", "личен лекар"},
  el = {"νομική βοήθεια", "μαθήματα γλώσσας", "στέγασης", "αναζήτησης εργασίας", "ψυχοκοινωνική υποστήριξη", "διερμηνείας"},
  sk = {"právna pomoc", "jazykový kurz", "bývaní", "hľadaní práce", "komunitné centrum", "tlmočnícka služba"},
}
local langs = {"en", "bg", "el", "sk"}
local statuses = {"asylum_seeker", "temporary_protection", "international_protection", "residence_permit"}
local themes = {"housing", "health", "legal-counselling", "employment", "language-learning", "education"}
local municipalities = {}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(os.getenv("MUNICIPALITIES")) do
    if #line > 0 then municipalities[#municipalities + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function pick(list) return list[math.random(#list)] end

function request()
  local lang = pick(langs)
  local q = "lang=" .. lang
  local r = math.random(100)
  if r <= 40 then       -- words in a municipality
    q = q .. "&q=" .. encode(pick(texts[lang])) .. "&municipality=" .. pick(municipalities)
  elseif r <= 60 then   -- words anywhere
    q = q .. "&q=" .. encode(pick(texts[lang]))
  elseif r <= 80 then   -- a municipality's services for someone with a status, free of charge
    q = q .. "&municipality=" .. pick(municipalities) .. "&residence_status=" .. pick(statuses) .. "&free=true"
  elseif r <= 90 then   -- words and a theme
    q = q .. "&q=" .. encode(pick(texts[lang])) .. "&theme=" .. pick(themes)
  else                  -- nearest first around a point, in a municipality
    q = q .. "&municipality=" .. pick(municipalities) .. "&sort=distance&lat=" .. string.format("%.4f", 42 + math.random() * 6)
          .. "&lon=" .. string.format("%.4f", 17 + math.random() * 8)
  end
  return wrk.format("GET", "/api/catalogue/search?" .. q)
end


-- THINK_MS (environment): each client waits between half and one and a half times this many
-- milliseconds before its next search, as people reading their results do; 0 or unset: no wait
-- (every client sends its next search as soon as the last one is answered, the saturating run).
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
end
